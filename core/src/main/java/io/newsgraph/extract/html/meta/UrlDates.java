package io.newsgraph.extract.html.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a URL path ("/2023/07/24/", "/2023-07-24-", "/20230724/", and with the year
 * last "/29-10-2021", "/~02-01-2022-title", "/08112021-title"). Only a full year-month-day counts; a year and
 * month alone ("/2023/07/") says too little about the day. With the year last, the order of day and month is
 * the page's (see {@link PageDates#dayFirst}); run together without separators, it is read only day first.
 */
final class UrlDates {
    private UrlDates() {}

    private static final Pattern YMD = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_-]|$)");
    private static final Pattern DMY = Pattern.compile("[/_~-](\\d{1,2})[-_.](\\d{1,2})[-_.]((?:19|20)\\d{2})(?:[/_.-]|$)");
    private static final Pattern COMPACT_DMY = Pattern.compile("[/_~-](\\d{2})(\\d{2})((?:19|20)\\d{2})(?:[/_-]|$)");

    static Optional<String> find(String url) {
        return find(url, false);
    }

    static Optional<String> find(String url, boolean dayFirst) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {YMD, COMPACT}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                Optional<String> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = DMY.matcher(url);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayFirstHere = b > 12 ? false : a > 12 || dayFirst;
            Optional<String> d = dayFirstHere ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
            if (d.isPresent()) {
                return d;
            }
        }
        m = COMPACT_DMY.matcher(url);
        if (dayFirst && m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> date(String year, String month, String day) {
        return MachineDates.normalise(year + "-" + month + "-" + day);
    }
}
