package io.newsgraph.extract.html;

import io.newsgraph.extract.date.DateReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates pages give in metadata into the ISO-8601 local form newsgraph stores:
 * "yyyy-MM-ddTHH:mm" when a time is given, else "yyyy-MM-dd". The local time is kept as printed
 * (the zone and the seconds are dropped, not converted), since readers saw that time on the page.
 */
final class IsoDates {
    private IsoDates() {}

    /** An ISO-like date at the start of the string, with an optional time. Anchored and linear. */
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?");

    /** A date in a URL path: /2019/11/18/, /2019-11-18-, /20191118/ (years 1990–2099). */
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    /** The date in a page URL's path, as "yyyy-MM-dd", or empty. */
    static Optional<String> fromUrl(String url) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The ISO form of a metadata date, or empty when it is not a date this can read. */
    static Optional<String> normalise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return Optional.of(date.toString());
                }
                LocalDateTime t = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return Optional.of(t.toString().substring(0, 16));
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return printed(s, false);
    }

    /**
     * A date printed in prose ("Nov. 19, 2019 10:03 AM ET") via {@link DateReader}; empty when it
     * cannot read it. With {@code inLine}, finds a date inside a longer line.
     */
    static Optional<String> printed(String s, boolean inLine) {
        if (s == null || s.isBlank() || s.length() > 300) {
            return Optional.empty();
        }
        try {
            LocalDateTime now = LocalDateTime.now();
            return inLine ? DateReader.find(s, now) : DateReader.parse(s, now);
        } catch (RuntimeException e) {
            // the date reader is a separate stage; a failure there must not cost us the article
            return Optional.empty();
        }
    }
}
