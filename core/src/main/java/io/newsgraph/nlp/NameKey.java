package io.newsgraph.nlp;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A spelling-insensitive key for a name, so that transliterations of one name meet: any script is
 * transliterated to Latin and folded to ASCII, Arabic articles ("al-", "el-") are dropped, and each word
 * becomes its consonant skeleton (first letter kept, later vowels and y dropped, doubled letters merged,
 * a final "h" after a vowel dropped): "Ziyad al-Nakhalah" and "Ziad Al-Nakhaleh" both give "zd nkhl".
 * Cross-document entity resolution refines this; this key only has to make a name findable.
 */
public final class NameKey {
    private static final Set<String> ARTICLES = Set.of("al", "el", "al-", "el-");
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private NameKey() {}

    /** The words' skeletons, in order. */
    public static List<String> words(String name) {
        List<String> keys = new ArrayList<>();
        if (name == null) return keys;
        for (String word : TO_ASCII.get().transliterate(name).split("[^a-z0-9]+")) {
            if (word.isEmpty() || ARTICLES.contains(word)) continue;
            keys.add(skeleton(word));
        }
        return keys;
    }

    /** The key as stored: skeletons separated and surrounded by single spaces (" zd nkhl "), for word lookups. */
    public static String of(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? null : " " + String.join(" ", words) + " ";
    }

    static String skeleton(String word) {
        String w = word;
        if (w.length() > 3 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) w = w.substring(0, w.length() - 1);
        StringBuilder out = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isVowel(c) || c == 'y') continue;
            if (out.charAt(out.length() - 1) != c) out.append(c);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
