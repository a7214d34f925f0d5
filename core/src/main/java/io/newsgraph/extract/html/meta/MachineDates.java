package io.newsgraph.extract.html.meta;

import io.newsgraph.extract.date.DateReader;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a date written for machines (meta content, {@code datetime}, JSON-LD) into ISO-8601 local form:
 * "2023-07-24T10:15" when a time is given, else "2023-07-24". The printed local time is kept and an
 * offset dropped, as {@link DateReader} does. Other forms go to {@link DateReader}.
 */
final class MachineDates {
    private MachineDates() {}

    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    /** Dates before this are typos or placeholders ("0001-01-01", "1970-01-01" epoch zero). */
    private static final int FIRST_YEAR = 1991;

    static Optional<String> normalise(String value) {
        return iso(value).or(() -> value == null ? Optional.empty() : DateReader.parse(value, null).filter(MachineDates::plausible));
    }

    /**
     * Only the forms machines write, year first ("2023-07-24T10:15", "20230724"): what HTML allows in a
     * {@code datetime} attribute. "01-11-2023" is left out, since it reads as 1 November or as January 11.
     */
    static Optional<String> iso(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        m = COMPACT.matcher(value);
        if (m.find()) {
            return build(m.group(1), m.group(2), m.group(3), null, null);
        }
        return Optional.empty();
    }

    /** A time followed by a UTC offset other than zero: "2022-05-03T22:46:08-03:00", "…T10:15+0200". */
    private static final Pattern LOCAL_OFFSET = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*([+-])(\\d{2}):?(\\d{2})\\s*$");

    /**
     * True when a machine date-time says which local time it is in: an offset other than zero. Such a time
     * is the local time as readers saw it; a time in UTC ("Z", "+00:00", "GMT") may fall on another local day.
     */
    static boolean hasLocalOffset(String value) {
        if (value == null) {
            return false;
        }
        Matcher m = LOCAL_OFFSET.matcher(value);
        return m.find() && !(m.group(2).equals("00") && m.group(3).equals("00"));
    }

    static boolean plausible(String iso) {
        try {
            int year = Integer.parseInt(iso.substring(0, 4));
            return year >= FIRST_YEAR && year <= LocalDate.now().getYear() + 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> build(String y, String mo, String d, String h, String mi) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            String iso = date.toString();
            if (!plausible(iso)) {
                return Optional.empty();
            }
            if (h != null && Integer.parseInt(h) < 24) {
                iso += "T" + (h.length() == 1 ? "0" + h : h) + ":" + mi;
            }
            return Optional.of(iso);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
