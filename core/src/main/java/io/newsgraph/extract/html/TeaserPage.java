package io.newsgraph.extract.html;

import java.util.List;

/**
 * Recognises a section front or tag page — a list of stories, each a linked headline with a one- or
 * two-sentence summary under it — from the text blocks of the chosen containers, before the link
 * blocks are filtered out. Such a page has full sentences, so length alone would take it for an
 * article and return its summaries mashed together.
 *
 * <p>The sign is the rhythm headline-link, summary, headline-link, summary: an article's "related"
 * list puts its links together, not one before each paragraph.
 */
final class TeaserPage {
    private TeaserPage() {}

    /** A headline link: mostly link text, longer than a menu entry, shorter than a paragraph. */
    private static final int HEADLINE_MIN = 15;
    private static final int HEADLINE_MAX = 200;

    /** A summary: unlinked text of at least a short sentence, shorter than a real paragraph would need to be. */
    private static final int SUMMARY_MIN = 40;
    private static final int SUMMARY_MAX = 400;

    /** Blocks allowed between a headline and its summary (a date, a section label). */
    private static final int GAP = 2;

    /** This many headline-summary pairs make a list of stories… */
    private static final int MIN_TEASERS = 6;

    /**
     * …when summaries outnumber the other paragraphs by this factor. An article that lists products
     * or links with a line on each still has its own run of paragraphs around the list.
     */
    private static final int SUMMARY_MAJORITY = 2;

    /** Why the blocks are a list of stories rather than one, or null when they are not. */
    static String reason(List<TextBlock> blocks) {
        int teasers = 0;
        int otherProse = 0;
        boolean[] summary = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (isHeadlineLink(blocks.get(i))) {
                int s = summaryAfter(blocks, i);
                if (s >= 0) {
                    summary[s] = true;
                    teasers++;
                }
            }
            if (isProse(blocks.get(i)) && !summary[i]) {
                otherProse++;
            }
        }
        if (teasers >= MIN_TEASERS && teasers >= SUMMARY_MAJORITY * otherProse) {
            return "a section or index page (" + teasers + " linked headlines with summaries)";
        }
        return null;
    }

    /**
     * Why a page is a list of stories although the scorer settled on one of them — the lead story
     * of a section front, whose long summary reads like a short article — or null. It is when the
     * whole page has the rhythm of a list ({@link #reason}) and the chosen text sits right under a
     * linked headline, as a teaser does; an article's own headline is not a link.
     *
     * @param pageBlocks the text blocks of the whole page, laid out before cleaning
     * @param chosen     the text blocks of the chosen containers, before filtering
     */
    static String leadTeaserReason(List<TextBlock> pageBlocks, List<TextBlock> chosen) {
        if (chosen.isEmpty()) {
            return null;
        }
        String listReason = reason(pageBlocks);
        if (listReason == null) {
            return null;
        }
        TextBlock first = chosen.get(0);
        if (isHeadlineLink(first)) {
            return listReason;
        }
        int at = -1;
        for (int i = 0; i < pageBlocks.size() && at < 0; i++) {
            TextBlock b = pageBlocks.get(i);
            if (b.owner() == first.owner() && b.text().equals(first.text())) {
                at = i;
            }
        }
        for (int j = at - 1; at > 0 && j >= 0 && j >= at - 1 - GAP; j--) {
            TextBlock b = pageBlocks.get(j);
            if (isHeadlineLink(b)) {
                return listReason;
            }
            if (isProse(b)) {
                return null;
            }
        }
        return null;
    }

    /** The index of the summary under the headline link at {@code headline}, or -1. */
    private static int summaryAfter(List<TextBlock> blocks, int headline) {
        for (int j = headline + 1; j < blocks.size() && j <= headline + 1 + GAP; j++) {
            TextBlock b = blocks.get(j);
            if (isProse(b)) {
                return b.chars() <= SUMMARY_MAX && endsLikeASummary(b.text()) ? j : -1;
            }
            if (isHeadlineLink(b) || b.chars() >= SUMMARY_MIN) {
                return -1;
            }
        }
        return -1;
    }

    /** A headline is words, not an address: a bare link ("http://amzn.to/…") above a product name is not a teaser. */
    private static boolean isHeadlineLink(TextBlock b) {
        String t = b.text();
        return b.linkDensity() >= 0.8 && b.chars() >= HEADLINE_MIN && b.chars() <= HEADLINE_MAX
                && !t.startsWith("http") && !t.startsWith("www.");
    }

    /** A summary is a sentence, often cut short with an ellipsis; a product name or a caption is not. */
    private static boolean endsLikeASummary(String text) {
        return HtmlTags.endsSentence(text) || text.endsWith("\u2026") || text.endsWith("...");
    }

    private static boolean isProse(TextBlock b) {
        return b.linkDensity() < 0.5 && b.chars() >= SUMMARY_MIN;
    }
}
