package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a text defines in the usual way, "Long Form (ACR)" or "Long Form's (ACR)": the long form is
 * the run of words just before the bracket whose initials (skipping "of", "the", "and") spell the acronym.
 * Stateless.
 */
final class AcronymDefinitions {
    private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}&.]{1,7})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");

    private AcronymDefinitions() {}

    /** Acronym (as a key, {@link NameKeys#acronymKey}) → its long form as written, first definition wins. */
    static Map<String, String> in(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String acr = NameKeys.acronymKey(m.group(1));
            String before = text.substring(Math.max(0, m.start() - 160), m.start()).replaceAll("['’]s\\s*$", "").stripTrailing();
            String longForm = longFormBefore(before, acr);
            if (longForm != null) out.putIfAbsent(acr, longForm);
        }
        return out;
    }

    /** The shortest run of words ending {@code before} whose initials spell {@code acr}, or null. */
    static String longFormBefore(String before, String acr) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        StringBuilder initials = new StringBuilder();
        for (int k = words.size() - 1; k >= 0 && k >= words.size() - acr.length() - 4; k--) {
            String word = before.substring(words.get(k)[0], words.get(k)[1]);
            if (k < words.size() - 1 && words.get(k + 1)[0] - words.get(k)[1] > 2) break; // punctuation between
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("of") || lower.equals("the") || lower.equals("and") || lower.equals("for")
                    || lower.equals("al") || lower.equals("el")) continue;
            // hyphenated parts may each give a letter ("Al-Quds" gives Q); take the part's capital letters
            String caps = word.replaceAll("^(?i)(al|el)-", "").replaceAll("[^\\p{Lu}]", "");
            if (caps.isEmpty()) return null;
            initials.insert(0, caps.length() > 1 && caps.length() < word.length() && !word.contains("-") ? caps.substring(0, 1) : caps);
            if (initials.toString().equals(acr)) return before.substring(words.get(k)[0]);
            if (!acr.endsWith(initials.toString())) return null;
        }
        return null;
    }
}
