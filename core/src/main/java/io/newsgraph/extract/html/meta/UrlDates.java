package io.newsgraph.extract.html.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a URL path ("/2023/07/24/", "/2023-07-24-", "/20230724/"). Only a full
 * year-month-day counts; a year and month alone ("/2023/07/") says too little about the day.
 */
final class UrlDates {
    private UrlDates() {}

    private static final Pattern YMD = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_-]|$)");

    static Optional<String> find(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {YMD, COMPACT}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                Optional<String> d = MachineDates.normalise(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }
}
