package io.newsgraph.extract.text;

import io.newsgraph.extract.date.DateReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each line of a text dump a {@link LineKind}: first from the line alone, then from its
 * neighbours (tickers under a label, menus around bullets, captions that repeat, link lists, tweets,
 * footnote continuations). Stateless.
 */
final class LineClassifier {

    /** Bulleted lines shorter than this are menu items, tags or meta lists rather than prose. */
    static final int SHORT_BULLET_WORDS = 12;
    /** Lines with at least this many words and sentence punctuation are prose. */
    static final int PROSE_MIN_WORDS = 8;
    /** A date line carries at most this many words. */
    private static final int DATE_LINE_MAX_WORDS = 10;

    List<LineKind> classify(List<Line> lines) {
        List<LineKind> kinds = new ArrayList<>(lines.size());
        for (Line line : lines) {
            kinds.add(alone(line));
        }
        ContextRules.apply(lines, kinds);
        return kinds;
    }

    /** The kind a line has on its own, before its neighbours are considered. */
    static LineKind alone(Line line) {
        String t = line.text();
        if (line.blank()) {
            return LineKind.BLANK;
        }
        if (Boilerplate.FOOTNOTE.matcher(t).find()) {
            return LineKind.FOOTNOTE;
        }
        if (line.words() <= 12 && Boilerplate.FOOTER.matcher(t).find()) {
            return LineKind.FOOTER;
        }
        if (Boilerplate.READ_TIME.matcher(t).matches() || Boilerplate.SHARE.matcher(t).matches()) {
            return LineKind.PAGE_WIDGET;
        }
        if (line.words() <= 12 && !line.endsLikeSentence() && Boilerplate.BYLINE.matcher(t).matches()) {
            return LineKind.BYLINE;
        }
        if (line.words() <= 12 && Boilerplate.SOURCE.matcher(t).matches()) {
            return LineKind.SOURCE;
        }
        if (Boilerplate.TWEET_SIGNATURE.matcher(t).matches()) {
            return LineKind.TWEET;
        }
        if (line.words() <= 25 && Boilerplate.READ_MORE.matcher(t).find()) {
            return LineKind.READ_MORE;
        }
        if (line.words() <= DATE_LINE_MAX_WORDS && DateReader.parse(t, null).isPresent()) {
            return LineKind.DATE;
        }
        if (line.bullet() && line.words() < SHORT_BULLET_WORDS) {
            return LineKind.MENU;
        }
        if (isCaptionByCredit(line)) {
            return LineKind.CAPTION;
        }
        if (Boilerplate.TICKER_LABEL.matcher(t).matches()) {
            return LineKind.TICKER;
        }
        if (Boilerplate.LINK_LABEL.matcher(t).matches()) {
            return LineKind.LINK_LABEL;
        }
        if (TagLines.isTagLine(t)) {
            return LineKind.TAG_LINE;
        }
        return isProse(line) ? LineKind.PROSE : LineKind.SHORT;
    }

    static boolean isProse(Line line) {
        return line.words() >= PROSE_MIN_WORDS && line.endsLikeSentence()
                || line.words() >= 20 && line.hasInnerSentenceBreak();
    }

    /**
     * A caption ends with a short credit in parentheses ("… in Rafah. (AP)", "… (Screengrab)") and is
     * not long running prose. A parenthesis closing a sentence ("… (PIJ).") does not count: the line
     * must end with the parenthesis itself.
     */
    private static boolean isCaptionByCredit(Line line) {
        if (line.words() > 60) {
            return false;
        }
        var m = Boilerplate.CAPTION_CREDIT.matcher(line.text());
        if (!m.find()) {
            return false;
        }
        String credit = m.group(1).strip();
        return !credit.isEmpty() && credit.split("\\s+").length <= 6;
    }
}
