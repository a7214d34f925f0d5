package io.newsgraph.extract.text;

import java.util.List;

/**
 * Finds the article body as the best contiguous run of lines: prose lines score their word count,
 * everything else a penalty, and the run with the largest total wins (maximum subarray). Short lines
 * between paragraphs (section headings, a related-links block) cost little, so the body bridges them;
 * menus, tickers, bylines and footers cost so much that no body crosses them. Stateless.
 */
final class BodyFinder {

    /** A short line inside the body: a heading, a salutation, a date. */
    private static final int SHORT_PENALTY = 3;
    /** Furniture that may sit between paragraphs: link lists, captions, tweets, "Read more". */
    private static final int INSET_PENALTY = 6;
    /** Furniture that never sits inside a body. */
    private static final int BARRIER_PENALTY = 60;

    BodyRange find(List<Line> lines, List<LineKind> kinds) {
        int best = 0;
        int bestFirst = -1;
        int bestLast = -2;
        int sum = 0;
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            int score = score(lines.get(i), kinds.get(i));
            if (first < 0) {
                if (score <= 0) {
                    continue;
                }
                first = i;
                sum = 0;
            }
            sum += score;
            if (sum > best) {
                best = sum;
                bestFirst = first;
                bestLast = i;
            }
            if (sum <= 0) {
                first = -1;
            }
        }
        return bestFirst < 0 ? BodyRange.NONE : new BodyRange(bestFirst, bestLast);
    }

    private static int score(Line line, LineKind kind) {
        if (kind == LineKind.PROSE) {
            return line.words();
        }
        if (kind == LineKind.BLANK) {
            return 0;
        }
        if (kind.barrier()) {
            return -BARRIER_PENALTY;
        }
        return kind.bodyText() ? -SHORT_PENALTY : -INSET_PENALTY;
    }
}
