package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the author list from sources given in order of trust. The first source that names someone other
 * than the site itself wins; a source that only names the site ("The Daily Example", "example.com") is
 * kept as the last resort, since an organisation credit is better than none.
 */
final class AuthorChoice {
    private AuthorChoice() {}

    /**
     * True when a name of one list stands for a name of the other: equal when compared by letters and digits
     * only, or one is the other's first name alone ("Nils" in JSON-LD, "Nils Pickert" in the byline), as
     * blog systems fill the author field with a display name.
     */
    static boolean overlap(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (TitleCleaner.key(x).equals(TitleCleaner.key(y)) || isFirstNameOf(x, y) || isFirstNameOf(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Nils" for "Nils Pickert": a single word that is the first word of a longer name. */
    private static boolean isFirstNameOf(String first, String name) {
        String f = first.strip();
        String[] words = name.strip().split("\\s+");
        return !f.contains(" ") && words.length > 1 && f.equalsIgnoreCase(words[0]);
    }

    /**
     * Each name given in full where another source has it longer: a byline read as printed stops at a
     * lower-case or job word ("by Mobasir hassan" gives "Mobasir", "von: Rasender Reporter" gives "Rasender"),
     * where a field meant for names only (JSON-LD, the author meta tag) holds the whole name.
     */
    static List<String> inFull(List<String> names, List<String> fuller) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String full = n;
            for (String f : fuller) {
                if (f.length() > full.length() && f.regionMatches(true, 0, n, 0, n.length())
                        && f.charAt(n.length()) == ' ') {
                    full = f;
                }
            }
            if (!out.contains(full)) {
                out.add(full);
            }
        }
        return out;
    }

    static List<String> first(List<List<String>> sources, List<String> siteNames) {
        List<String> keys = siteNames.stream().map(TitleCleaner::key).filter(k -> k != null && k.length() >= 3).toList();
        List<String> siteOnly = null;
        for (List<String> names : sources) {
            if (names.isEmpty()) {
                continue;
            }
            List<String> people = names.stream().filter(n -> !TitleCleaner.isSite(n, keys)).toList();
            if (!people.isEmpty()) {
                return people;
            }
            if (siteOnly == null) {
                siteOnly = names;
            }
        }
        return siteOnly == null ? List.of() : siteOnly;
    }
}
