package io.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that need a line's neighbours. Each rule is one method that rewrites kinds in place, run
 * in a fixed order; later rules see what earlier ones decided.
 */
final class ContextRules {
    private ContextRules() {}

    /** A run of at least this many unbroken headline-like lines with no sentence flow is a ticker. */
    private static final int TICKER_MIN_RUN = 4;
    private static final int TICKER_MAX_WORDS = 45;
    /** Ticker items are headlines, not one-word menu entries ("Menu", "Search") of an unspaced header. */
    private static final int TICKER_MIN_WORDS = 4;
    /** A line this short closing a link list is the next section's heading, not one more headline. */
    private static final int HEADING_MAX_WORDS = 4;
    /** Headlines in a link list are at most this long. */
    private static final int HEADLINE_MAX_WORDS = 20;
    /** An unlabelled link list starts with a label of at most this many words. */
    private static final int LABEL_MAX_WORDS = 3;

    static void apply(List<Line> lines, List<LineKind> kinds) {
        tickersUnderLabel(lines, kinds);
        denseHeadlineRuns(lines, kinds);
        menuLabelsBesideBullets(lines, kinds);
        repeatedCaptions(lines, kinds);
        tweets(lines, kinds);
        linkLists(lines, kinds);
        footnoteContinuations(lines, kinds);
    }

    /** The unbroken lines under a "BREAKING"-like label, up to the next blank line. */
    private static void tickersUnderLabel(List<Line> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.TICKER) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && !lines.get(j).blank(); j++) {
                kinds.set(j, LineKind.TICKER);
                i = j;
            }
        }
    }

    /**
     * Four or more lines with no blank line between them, each short, most without a full stop:
     * a ticker or headline list, whatever its label. Article paragraphs printed without blank lines
     * still end in full stops, so they do not qualify.
     */
    private static void denseHeadlineRuns(List<Line> lines, List<LineKind> kinds) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && !lines.get(j).blank() && !lines.get(j).bullet()
                    && lines.get(j).words() >= TICKER_MIN_WORDS && lines.get(j).words() <= TICKER_MAX_WORDS
                    && (kinds.get(j) == LineKind.SHORT || kinds.get(j) == LineKind.PROSE)) {
                j++;
            }
            if (j - i >= TICKER_MIN_RUN) {
                int unfinished = 0;
                for (int k = i; k < j; k++) {
                    unfinished += lines.get(k).endsLikeSentence() ? 0 : 1;
                }
                if (unfinished * 5 >= (j - i) * 3) {
                    for (int k = i; k < j; k++) {
                        kinds.set(k, LineKind.TICKER);
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Short unbulleted lines glued to a bullet list ("News" over "• Politics") are menu headings. */
    private static void menuLabelsBesideBullets(List<Line> lines, List<LineKind> kinds) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                if (kinds.get(i) != LineKind.SHORT || lines.get(i).words() > LABEL_MAX_WORDS) {
                    continue;
                }
                boolean prevMenu = i > 0 && kinds.get(i - 1) == LineKind.MENU;
                boolean nextMenu = i + 1 < lines.size() && kinds.get(i + 1) == LineKind.MENU;
                if (prevMenu || nextMenu) {
                    kinds.set(i, LineKind.MENU);
                    changed = true;
                }
            }
        }
    }

    /**
     * A line that nearly repeats another within two lines is a caption shown twice (as alt text and as
     * the visible caption); both copies go.
     */
    private static void repeatedCaptions(List<Line> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank() || lines.get(i).words() > 60) {
                continue;
            }
            Set<String> a = Tokens.set(lines.get(i).text());
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < 2; j++) {
                if (lines.get(j).blank()) {
                    continue;
                }
                seen++;
                Set<String> b = Tokens.set(lines.get(j).text());
                if (Math.min(a.size(), b.size()) >= 4 && lines.get(j).words() <= 60
                        && overlap(a, b) >= 0.6 && captionable(kinds.get(i)) && captionable(kinds.get(j))) {
                    kinds.set(i, LineKind.CAPTION);
                    kinds.set(j, LineKind.CAPTION);
                }
            }
        }
    }

    private static boolean captionable(LineKind k) {
        return k == LineKind.SHORT || k == LineKind.PROSE || k == LineKind.MENU || k == LineKind.CAPTION;
    }

    /** Shared words over the longer line's words: a short heading inside a long paragraph is no repeat. */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.max(a.size(), b.size());
    }

    /** The quoted line just above a tweet signature belongs to the tweet. */
    private static void tweets(List<Line> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.TWEET || !lines.get(i).text().contains("(@")) {
                continue;
            }
            int j = previousNonBlank(lines, i);
            if (j >= 0 && i - j <= 2 && (kinds.get(j) == LineKind.PROSE || kinds.get(j) == LineKind.SHORT)) {
                kinds.set(j, LineKind.TWEET);
            }
        }
    }

    /**
     * Link lists: in a run of short lines, a label ("Related News", or between paragraphs any line of at
     * most three words) followed only by short headline lines. Lines of the run before the label stay: they are the
     * article's own section headings.
     */
    private static void linkLists(List<Line> lines, List<LineKind> kinds) {
        int i = 0;
        while (i < lines.size()) {
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j < lines.size() && (lines.get(j).blank() || kinds.get(j) == LineKind.SHORT
                    || kinds.get(j) == LineKind.LINK_LABEL)) {
                if (!lines.get(j).blank()) {
                    run.add(j);
                }
                j++;
            }
            if (!run.isEmpty()) {
                int before = previousNonBlank(lines, run.get(0));
                boolean betweenParagraphs = before >= 0 && kinds.get(before) == LineKind.PROSE
                        && j < lines.size() && kinds.get(j) == LineKind.PROSE;
                markLinkList(lines, kinds, run, betweenParagraphs);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Marks the link list in {@code run}, if any. An unlabelled list is only recognised between two
     * paragraphs: in a page header, short lines are menus and headlines and must stay readable.
     */
    private static void markLinkList(List<Line> lines, List<LineKind> kinds, List<Integer> run,
                                     boolean betweenParagraphs) {
        for (int k = 0; k < run.size(); k++) {
            int at = run.get(k);
            boolean labelled = kinds.get(at) == LineKind.LINK_LABEL;
            boolean looksLikeLabel = lines.get(at).words() <= LABEL_MAX_WORDS && !lines.get(at).endsLikeSentence();
            int headlines = run.size() - k - 1;
            if (!(labelled && headlines >= 1 || betweenParagraphs && looksLikeLabel && headlines >= 2)) {
                continue;
            }
            boolean allHeadlines = true;
            for (int h = k + 1; h < run.size(); h++) {
                allHeadlines &= isHeadline(lines.get(run.get(h)));
            }
            if (allHeadlines) {
                kinds.set(at, LineKind.LINK_LABEL);
                int last = run.size();
                // linked headlines are full headlines; a short noun phrase after them heads the next section
                if (headlines >= 3 && lines.get(run.get(last - 1)).words() <= HEADING_MAX_WORDS
                        && lines.get(run.get(last - 2)).words() > HEADING_MAX_WORDS) {
                    last--;
                }
                for (int h = k + 1; h < last; h++) {
                    kinds.set(run.get(h), LineKind.LINK_HEADLINE);
                }
                return;
            }
        }
    }

    private static boolean isHeadline(Line line) {
        return line.words() >= 2 && line.words() <= HEADLINE_MAX_WORDS && !line.text().endsWith(".");
    }

    /**
     * Lines between two numbered footnotes continue the first, and so do lines glued (no blank line)
     * under a footnote.
     */
    private static void footnoteContinuations(List<Line> lines, List<LineKind> kinds) {
        for (int i = 1; i < lines.size(); i++) {
            if (kinds.get(i - 1) == LineKind.FOOTNOTE && kinds.get(i).bodyText()) {
                kinds.set(i, LineKind.FOOTNOTE);
            }
        }
        int lastFootnote = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.FOOTNOTE) {
                if (lastFootnote >= 0) {
                    for (int k = lastFootnote + 1; k < i; k++) {
                        if (kinds.get(k).bodyText()) {
                            kinds.set(k, LineKind.FOOTNOTE);
                        }
                    }
                }
                lastFootnote = i;
            } else if (kinds.get(i).barrier() && kinds.get(i) != LineKind.FOOTNOTE) {
                lastFootnote = -1;
            }
        }
    }

    static int previousNonBlank(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }
}
