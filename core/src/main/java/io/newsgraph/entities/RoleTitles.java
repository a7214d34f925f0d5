package io.newsgraph.entities;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** The role title written right before a name ("Secretary-General Ziyad al-Nakhalah", "Supreme Leader Ali Khamenei"). */
public final class RoleTitles {
    private static final int MAX_WORDS = 4;

    private RoleTitles() {}

    /** The title words just before {@code start} in {@code text}, as written; null when there are none. */
    public static String before(String text, int start) {
        Deque<String> words = new ArrayDeque<>();
        int end = Math.min(start, text.length());
        while (words.size() < MAX_WORDS) {
            int e = end;
            while (e > 0 && text.charAt(e - 1) == ' ') e--;
            int b = e;
            while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b == e) break;
            String word = text.substring(b, e);
            if (!isTitle(word)) break;
            words.addFirst(word);
            end = b;
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /**
     * The role in a phrase a text uses for someone ("The PIJ Secretary-General", "PIJ chief Ziad al-Nakhalah"):
     * the phrase up to where one of the given names of that someone starts, if it holds a title word; null
     * for pronouns and other phrases without one.
     */
    public static String roleIn(String phrase, Iterable<String> names) {
        if (phrase == null) return null;
        String lower = phrase.toLowerCase(Locale.ROOT);
        int cut = phrase.length();
        for (String name : names) {
            int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
            if (at >= 0) cut = Math.min(cut, at);
        }
        String role = phrase.substring(0, cut).replaceAll("[\\s,:;]+$", "").strip();
        for (String w : role.split("\\s+")) {
            if (isTitle(w)) return role.startsWith("The ") ? "the" + role.substring(3) : role;
        }
        return null;
    }

    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
        int dash = w.indexOf('-');
        return NameWords.TITLES.contains(w) || (dash > 0 && NameWords.TITLES.contains(w.substring(0, dash)));
    }
}
