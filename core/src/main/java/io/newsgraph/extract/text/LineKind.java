package io.newsgraph.extract.text;

/** What a line of a text dump is, as far as finding the article is concerned. */
enum LineKind {
    BLANK,
    /** Running prose: a long line with sentence punctuation. */
    PROSE,
    /** A short line that is none of the below: a headline, a section heading, a salutation. */
    SHORT,
    /** A line that is mostly a date ("13 Apr 2024 22:31", "Publish Date : …"). */
    DATE,
    /** "By X". */
    BYLINE,
    /** "Source: X". */
    SOURCE,
    /** Reading time ("4 Min Read"), share counts ("2 Shares", "Share this Report:"). */
    PAGE_WIDGET,
    /** Topic labels printed in a header line ("Iran, Palestinians | Series No. 1"). */
    TAG_LINE,
    /** Short bulleted items: menus, tag lists, meta lists. */
    MENU,
    /** A label such as "BREAKING" and the headline lines under it. */
    TICKER,
    /** A label such as "Related News" or "Most Read". */
    LINK_LABEL,
    /** The short linked headlines under a link label. */
    LINK_HEADLINE,
    /** An image caption: a credit in parentheses at the end, or a near repeat of a nearby caption. */
    CAPTION,
    /** "Read more: …" and similar single-link lines. */
    READ_MORE,
    /** An embedded tweet: the quoted line and its "— Name (@handle) date" signature. */
    TWEET,
    /** A numbered footnote "[1] …" and its continuation lines. */
    FOOTNOTE,
    /** Copyright, "All Rights Reserved", policy links. */
    FOOTER;

    /** Kinds that may sit inside an article body and be kept as body text. */
    boolean bodyText() {
        return this == PROSE || this == SHORT || this == DATE;
    }

    /** Kinds that never sit inside an article body: the body region does not cross them. */
    boolean barrier() {
        return switch (this) {
            case MENU, TICKER, FOOTER, FOOTNOTE, BYLINE, SOURCE, PAGE_WIDGET, TAG_LINE -> true;
            default -> false;
        };
    }
}
