package io.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds letters printed in full: a signature paragraph (a short line of capitalised words, optionally
 * followed by date lines) closing a run of paragraphs addressed to someone ("you", "your"), which opens
 * with a salutation ("Dear …," or a vocative line ending in a comma). Short lines right before the
 * salutation (an invocation, "To the editor") belong to the letter too.
 */
final class LetterFinder {

    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|your|yours)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_LINE = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]*)(\\s+((al|el|bin|ibn|de|van|von)-?)?\\p{Lu}[\\p{L}.'’-]*){1,5}$");

    List<Letter> find(List<Paragraph> paragraphs) {
        List<Letter> letters = new ArrayList<>();
        for (int i = 2; i < paragraphs.size(); i++) {
            String signature = signature(paragraphs.get(i).text());
            // a signature closes a letter's prose; a greeting line ("Kind regards") has none before it
            if (signature == null || !isProse(paragraphs.get(i - 1).text())) continue;
            int first = i;
            boolean addressed = false;
            int salutation = -1;
            for (int k = i - 1; k >= 0; k--) {
                String text = paragraphs.get(k).text();
                int words = text.split("\\s+").length;
                boolean second = SECOND_PERSON.matcher(text).find();
                if (words > 40 && !second) break;
                addressed |= second;
                if (isSalutation(text)) salutation = k;
                first = k;
            }
            if (!addressed || salutation < 0) continue;
            // the letter opens at its salutation, or at the short lines just above it
            first = Math.max(first, salutation);
            while (first > 0 && isShortLine(paragraphs.get(first - 1).text())) first--;
            int last = i;
            while (last + 1 < paragraphs.size() && isDateLine(paragraphs.get(last + 1).text())) last++;
            letters.add(new Letter(paragraphs.get(first).start(), paragraphs.get(last).end(), signature, first, last));
            i = last;
        }
        return letters;
    }

    /** The signer's name when the paragraph is a signature: a name line, then date lines only. */
    private static String signature(String text) {
        String[] lines = text.strip().split("\n");
        String name = lines[0].strip();
        if (!NAME_LINE.matcher(name).matches()) return null;
        for (int i = 1; i < lines.length; i++) if (!isDateLine(lines[i])) return null;
        return name;
    }

    private static boolean isSalutation(String text) {
        String t = text.strip();
        if (t.split("\\s+").length > 25) return false;
        return t.startsWith("Dear ") || t.matches("^[^.!?]{2,60},.*") && !t.endsWith(".");
    }

    private static boolean isProse(String text) {
        String t = text.strip();
        return t.split("\\s+").length >= 15 && ".!?\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean isShortLine(String text) {
        String t = text.strip();
        return t.split("\\s+").length <= 12 && !t.endsWith(".") && !t.contains("\n");
    }

    private static boolean isDateLine(String text) {
        String t = text.strip();
        return t.length() <= 60 && t.matches(".*\\d.*") && !t.endsWith(".");
    }
}
