package io.newsgraph.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a text dump with the surface features the rules look at. {@code text} has its bullet,
 * no-break spaces and surrounding white space removed; {@code raw} is the line as printed. Immutable.
 *
 * @param index  0-based line number
 * @param raw    the line as printed
 * @param text   the cleaned content
 * @param bullet whether the line starts with a list bullet
 * @param indent leading white space before the content or bullet
 * @param words  number of white-space separated words in {@code text}
 */
record Line(int index, String raw, String text, boolean bullet, int indent, int words) {

    private static final Pattern BULLET = Pattern.compile("^([\\s\u00a0]*)[\u2022\u25aa\u25e6\u2023\u00b7*]\\s+");
    private static final Pattern LEADING = Pattern.compile("^[\\s\u00a0]*");
    /** Trailing noise that does not change how a line ends: quotes, brackets, footnote marks. */
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:[\\s\"'\u201d\u2019)\\]]|\\[\\d+\\])+$");

    static Line of(int index, String raw) {
        Matcher b = BULLET.matcher(raw);
        boolean bullet = b.find();
        String content = bullet ? raw.substring(b.end()) : raw;
        Matcher lead = LEADING.matcher(raw);
        int indent = lead.find() ? lead.end() : 0;
        String text = content.replace('\u00a0', ' ').strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return new Line(index, raw, text, bullet, indent, words);
    }

    boolean blank() {
        return text.isEmpty() && !bullet;
    }

    /** Ends like a sentence: ".", "!", "?", "…", ":" or ";" before any closing quotes or footnote marks. */
    boolean endsLikeSentence() {
        String t = TRAILING_NOISE.matcher(text).replaceAll("");
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == ':' || last == ';';
    }

    /** Has a sentence break inside: a full stop, "!" or "?" followed by a space and more text. */
    boolean hasInnerSentenceBreak() {
        return text.matches(".*[.!?][\"'\u201d\u2019]?\\s+\\S.*");
    }
}
