package io.newsgraph.extract.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's own name, when it prints one at the top: the first line of the page if it reads like a
 * name ("Daily Ledger", "The Office of the Prime Minister") and either comes back later in the page
 * (header and footer) or stands apart above the headline. Never guesses a name that is not printed.
 */
final class OutletFinder {
    private OutletFinder() {}

    private static final int MAX_WORDS = 7;
    /** Small words that may stay lower-case inside a name. */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "on", "in", "&", "de", "du",
            "la", "le", "al", "el", "di", "da", "der", "des", "van", "von");
    /** Interface words that open many page dumps and are never a name. */
    private static final Pattern UI_WORDS = Pattern.compile(
            "(?i)^(?:skip|menu|home|search|sign|log|subscribe|open|close|toggle|navigation|main|advertisement)\\b.*");

    static String find(List<Line> lines, List<LineKind> kinds, int titleLine) {
        int first = 0;
        while (first < lines.size() && lines.get(first).blank()) {
            first++;
        }
        if (first >= lines.size() || titleLine <= first || lines.get(first).bullet()) {
            return null;
        }
        String name = lines.get(first).text();
        if (!looksLikeName(name)) {
            return namedInFooter(lines, kinds, titleLine);
        }
        boolean repeated = false;
        for (int i = first + 1; i < lines.size(); i++) {
            repeated |= lines.get(i).text().equals(name);
        }
        boolean standsApart = false;
        for (int i = first + 1; i < titleLine; i++) {
            standsApart |= !lines.get(i).blank();
        }
        return repeated || standsApart ? name : namedInFooter(lines, kinds, titleLine);
    }

    /** A name-like header line that the copyright footer repeats ("Copyright 2024 Northern Ledger"). */
    private static String namedInFooter(List<Line> lines, List<LineKind> kinds, int titleLine) {
        for (int i = 0; i < titleLine; i++) {
            String name = lines.get(i).text();
            if (lines.get(i).bullet() || !looksLikeName(name)) {
                continue;
            }
            for (int j = titleLine + 1; j < lines.size(); j++) {
                if (kinds.get(j) == LineKind.FOOTER && lines.get(j).text().contains(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    static boolean looksLikeName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS || UI_WORDS.matcher(text).matches()) {
            return false;
        }
        if (!text.matches("[\\p{L}&'\u2019. -]+") || text.endsWith(".")) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_JOINERS.contains(w.toLowerCase())) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }
}
