package io.newsgraph.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that let spellings and transliterations of one name meet, and the comparisons between them.
 * A name word is first <em>spelled</em> in a normal form (any script to ASCII by ICU, lower case, "ph" as
 * "f", "q" and "gh" as "k", "th" as "t", "x" as "ks", "ou"/"oo" as "u", "ee" and a non-initial "y" as "i", doubled letters single, the
 * endings "-ah"/"-eh"/"-e" as "-a"), then split into its consonant <em>skeleton</em> and the vowels
 * between them. Two words are the same name when their skeletons are equal and the vowels at each place
 * agree, where "o" and "u" agree and "e" agrees with "a" or "i": "Ziyad"/"Ziad", "Nakhalah"/"Nakhaleh",
 * "Esmail"/"Ismail", "Mohammed"/"Muhammad" agree; "Omar"/"Amir" and "Hasan"/"Husain" do not.
 * Stateless and thread-safe.
 */
public final class NameKeys {
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:\\.?[\\p{Lu}&]){1,6}\\.?");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an", "&");

    private NameKeys() {}

    /** The name in lower-case ASCII, apostrophes and quote marks removed. */
    public static String fold(String name) {
        String s = name == null ? "" : name;
        // ICU transliteration costs tens of microseconds a call; most names in English text are ASCII already
        if (!isAscii(s)) s = TO_ASCII.get().transliterate(s);
        return s.replace("'", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a name, possessive "s" after an apostrophe dropped. */
    static List<String> foldedWords(String name) {
        String s = name == null ? "" : name.replaceAll("['’]s\\b", "");
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(fold(s))) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * The words of a personal name that identify the person, in order and in normal spelling: honorifics
     * and role titles before it and particles inside it (al-, el-, bin, ibn, abu, van, ...) are dropped.
     * "Sayyid Ali Hosseini Khamenei" → [ali, husini, khamini]; "Ziad Al-Nakhaleh" → [ziad, nakhala].
     */
    public static List<String> personWords(String name) {
        List<String> words = foldedWords(name);
        int i = 0;
        while (i < words.size() - 1 && (NameWords.HONORIFICS.contains(words.get(i)) || NameWords.TITLES.contains(words.get(i)))) i++;
        List<String> out = new ArrayList<>();
        for (int k = i; k < words.size(); k++) {
            String w = words.get(k);
            if (NameWords.PARTICLES.contains(w) && k < words.size() - 1) continue;
            out.add(spelling(w));
        }
        return out;
    }

    /** A name word in normal spelling (see the class comment). */
    public static String spelling(String folded) {
        // Persian and Arabic q is also written gh ("Ghasem"/"Qasem", "Bagheri"/"Baqeri"), t as th
        // ("Barghouti"/"Barghouthi"); x is ks ("Alexei"/"Aleksei")
        String w = folded.replace("gh", "q").replace("th", "t").replace("x", "ks").replace("ph", "f").replace("ck", "k").replace('q', 'k')
                .replace("ou", "u").replace("oo", "u").replace("ee", "i");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'y' && i > 0) c = 'i';
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        // Arabic and Persian final vowels: -ah, -eh, -a, -e are one ending; a final h after a vowel is silent
        int n = b.length();
        if (n > 3 && b.charAt(n - 1) == 'h' && isVowel(b.charAt(n - 2))) {
            b.setLength(--n);
            if (b.charAt(n - 1) == 'e') b.setCharAt(n - 1, 'a');
        }
        return b.toString();
    }

    /** The consonants of a word in normal spelling: "nakhala" → "nkhl", "ismail" → "sml". */
    public static String skeleton(String spelled) {
        StringBuilder b = new StringBuilder(spelled.length());
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if (!isVowel(c)) b.append(c);
        }
        return b.toString();
    }

    /** Whether two words in normal spelling are the same name: equal skeletons and agreeing vowels. */
    public static boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        if (!skeleton(a).equals(skeleton(b))) return false;
        List<String> ga = vowelGaps(a);
        List<String> gb = vowelGaps(b);
        for (int i = 0; i < ga.size(); i++) {
            if (!vowelsAgree(ga.get(i), gb.get(i))) return false;
        }
        return true;
    }

    /**
     * Whether two words in normal spelling are the same name without leaning on an "e": equal once "o"
     * reads as "u". Matches that need the "e" ("Esmail"/"Ismail", "Mare"/"Mara") are ambiguous between
     * names, so callers ask for context as well.
     */
    public static boolean sameWordStrictly(String a, String b) {
        return a.equals(b) || a.replace('o', 'u').equals(b.replace('o', 'u'));
    }

    /**
     * Whether two words in normal spelling are one letter apart (two for long words): a misspelling
     * ("Nakhaklah"). Callers accept it only with supporting context, never on its own.
     */
    public static boolean nearWord(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) return false;
        // vowels as loosely as sameWord reads them, so "Ebrahim" is as near "Iwrahim" as "Ibrahim" is
        String x = a.replace('e', 'i').replace('o', 'u');
        String y = b.replace('e', 'i').replace('o', 'u');
        return Levenshtein.distance(x, y, 2) <= (shorter >= 8 ? 2 : 1);
    }

    /** The vowels before, between and after the consonants; always skeleton length + 1 entries. */
    private static List<String> vowelGaps(String w) {
        List<String> gaps = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isVowel(c)) {
                cur.append(c == 'o' ? 'u' : c);
            } else {
                gaps.add(cur.toString());
                cur.setLength(0);
            }
        }
        gaps.add(cur.toString());
        return gaps;
    }

    /**
     * "e" is the vowel transliterations disagree on most, so alone it agrees with an "a" or an "i";
     * otherwise the two must share a vowel. A vowel never agrees with none ("Bakri" is not "Bakeri").
     */
    private static boolean vowelsAgree(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return x.isEmpty() == y.isEmpty();
        String a = x.replace("e", "");
        String b = y.replace("e", "");
        // a lone "e" stands for an a or an i ("Nakhaleh", "Esmail"), not for a u: "Nume" is not "Numa"'s rival "Numu"
        if (a.isEmpty() && b.isEmpty()) return true;
        if (a.isEmpty()) return b.indexOf('a') >= 0 || b.indexOf('i') >= 0;
        if (b.isEmpty()) return a.indexOf('a') >= 0 || a.indexOf('i') >= 0;
        for (int i = 0; i < a.length(); i++) if (b.indexOf(a.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * The key of an organization or place name: folded words without a leading "the", name particles,
     * a possessive, or a generic head ("movement", "group"), in a looser spelling ("o" as "u", "e" as "i"),
     * with Arabic heads read in English ("Saraya al-Quds" → "kuds brigades"). "Hamas movement" → "hamas".
     */
    public static String orgKey(String name) {
        List<String> words = new ArrayList<>(foldedWords(name));
        if (!words.isEmpty() && words.get(0).equals("the")) words.remove(0);
        words.removeIf(w -> w.equals("al") || w.equals("el"));
        if (words.size() > 1 && NameWords.ORG_HEAD_TRANSLATIONS.containsKey(words.get(0))) {
            words.add(NameWords.ORG_HEAD_TRANSLATIONS.get(words.remove(0)));
        }
        while (words.size() > 1 && NameWords.GENERIC_ORG_HEADS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) b.append(' ');
            b.append(spelling(w).replace('o', 'u').replace('e', 'i'));
        }
        return b.toString();
    }

    /** Whether a token is written as an acronym ("PIJ", "IRGC", "U.N."). */
    public static boolean isAcronym(String text) {
        return text != null && ACRONYM.matcher(text).matches();
    }

    /** An acronym as a key: letters only, upper case ("U.N." → "UN"). */
    public static String acronymKey(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The acronyms a long name could be written as: the initials of its significant words, with and
     * without a generic head ("Palestinian Islamic Jihad Movement" → PIJM, PIJ). Empty for one-word names.
     */
    public static Set<String> acronymsOf(String longForm) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (String w : foldedWords(longForm)) {
            if (!SMALL_WORDS.contains(w) && !w.equals("al") && !w.equals("el")) words.add(w);
        }
        if (words.size() < 2) return out;
        out.add(initials(words));
        if (words.size() > 2 && NameWords.GENERIC_ORG_HEADS.contains(words.get(words.size() - 1))) {
            out.add(initials(words.subList(0, words.size() - 1)));
        }
        return out;
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(Character.toUpperCase(w.charAt(0)));
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
