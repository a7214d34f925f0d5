package io.newsgraph.extract.date;

import java.util.Locale;

/** English month names and their usual abbreviations ("Sept.", "Nov"). */
final class Months {
    private Months() {}

    /** A regex group body matching a month name; callers add word boundaries. */
    static final String PATTERN =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /** 1..12 for a name matched by {@link #PATTERN}. */
    static int number(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month name: " + name);
    }
}
