package io.newsgraph.extract.text;

import java.util.regex.Pattern;

/**
 * Generic page furniture printed by many news sites, as patterns over a line's cleaned text. Only
 * site-independent labels belong here; everything outlet-specific is found by structure instead.
 */
final class Boilerplate {
    private Boilerplate() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern FOOTNOTE = Pattern.compile("^\\[\\d{1,3}\\]");

    static final Pattern FOOTER = Pattern.compile(
            "\u00a9|\\(c\\)\\s*\\d{4}|copyright\\s+(?:\u00a9\\s*)?\\d{4}|all rights reserved|^privacy policy$"
                    + "|^terms (?:of|and) (?:use|service|conditions)$|^cookie (?:policy|settings)$",
            FLAGS);

    /** A single link introduced by a label: "Read more: …", "See also: …". */
    static final Pattern READ_MORE = Pattern.compile(
            "^(?:read (?:more|also|next)|see also|also read|related|more|watch|listen)\\s*[:|\u2013\u2014-]\\s*\\S", FLAGS);

    static final Pattern READ_TIME = Pattern.compile("^\\d{1,3}\\s*min(?:ute)?s?\\.?\\s+read$", FLAGS);

    static final Pattern SHARE = Pattern.compile(
            "^(?:\\d[\\d,.]*\\s*k?\\s+shares?|shares?(?:\\s+(?:this|on|via)\\b.{0,30})?:?|\\d[\\d,.]*\\s*k?\\s+comments?)$",
            FLAGS);

    /** "By Jane Doe", "By Jane Doe | Agency"; the name must start with a capital. */
    static final Pattern BYLINE = Pattern.compile("^(?i:by|written by|reported by)\\s+(\\p{Lu}.*)$");

    static final Pattern SOURCE = Pattern.compile("^(?:source|sources|via|credit)\\s*:\\s*(\\S.*)$", FLAGS);

    /** "— Name (@handle) November 24, 2023": the signature line of an embedded tweet. */
    static final Pattern TWEET_SIGNATURE = Pattern.compile("^[\u2014\u2013-]\\s*\\S.*\\(@\\w+\\).*$");

    /** A label over a ticker of short headlines. */
    static final Pattern TICKER_LABEL = Pattern.compile(
            "^(?:breaking(?: news)?|just in|latest(?: news| updates)?|live(?: updates)?|news ?ticker|developing)\\s*:?$",
            FLAGS);

    /** A label over a list of linked headlines. */
    static final Pattern LINK_LABEL = Pattern.compile(
            "^(?:related(?: news| articles| stories| content| coverage| topics)?|most (?:read|popular|viewed|shared)"
                    + "|read (?:next|also|more)|see also|also read|more (?:stories|news|from \\S.*)|you (?:may|might) also like"
                    + "|recommended(?: for you)?|trending(?: now)?|top stories|editor'?s picks|coverage|popular"
                    + "|in other news|what to read next|more on this(?: story| topic)?)\\s*:?$",
            FLAGS);

    /** A caption credit at the very end of a line: "(AP)", "(Screengrab)", "(AP Photo/Jeff Chiu)". */
    static final Pattern CAPTION_CREDIT = Pattern.compile("\\(([^()]{1,60})\\)\\s*$");

    /** A dateline opening a body: "BEIRUT (Agency) –", "WASHINGTON, D.C. (Reuters) -". */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\s.,'\u2019-]{1,40}\\(([^()]{2,40})\\)\\s*[\u2013\u2014-]");
}
