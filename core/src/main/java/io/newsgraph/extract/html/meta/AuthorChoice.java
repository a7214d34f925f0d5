package io.newsgraph.extract.html.meta;

import java.util.List;

/**
 * Picks the author list from sources given in order of trust. The first source that names someone other
 * than the site itself wins; a source that only names the site ("The Daily Example", "example.com") is
 * kept as the last resort, since an organisation credit is better than none.
 */
final class AuthorChoice {
    private AuthorChoice() {}

    /** True when a name of one list equals a name of the other, compared by letters and digits only. */
    static boolean overlap(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (TitleCleaner.key(x).equals(TitleCleaner.key(y))) {
                    return true;
                }
            }
        }
        return false;
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
