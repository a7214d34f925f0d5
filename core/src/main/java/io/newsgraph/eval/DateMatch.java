package io.newsgraph.eval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date rule of the metadata benchmark: "same calendar date". Ours passes when its date part (the first
 * ten characters of an ISO date or date-time) is the gold calendar date.
 *
 * <p>A few gold dates are typed loosely: "2022-11-1", "2022-01.26", or with day and month swapped
 * ("2022-29-11"). Comparing strings would let "2022-11-1" match any day from the 10th to the 19th and
 * never match the others, so the gold is read as a calendar date first: year, month, day separated by
 * "-", "." or "/", unpadded numbers allowed, and a month above 12 with a day of 12 or less taken as
 * swapped (the only calendar date the text can mean).
 */
final class DateMatch {
    private DateMatch() {}

    private static final Pattern GOLD = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    static boolean matches(String gold, String ours) {
        Optional<LocalDate> g = goldDate(gold);
        Optional<LocalDate> o = ours == null || ours.length() < 10 ? Optional.empty() : iso(ours.substring(0, 10));
        return g.isPresent() && g.equals(o);
    }

    static Optional<LocalDate> goldDate(String gold) {
        Matcher m = GOLD.matcher(gold.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month > 12 && day <= 12) {
            int swap = month;
            month = day;
            day = swap;
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> iso(String date) {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
