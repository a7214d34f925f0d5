package io.newsgraph.extract.html.meta;

import io.newsgraph.extract.date.DateReader;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date printed in a line of page text. {@link DateReader} reads English and numeric forms; this
 * adds the day-month-year and month-day-year forms with month names in other languages ("23. Juli 2017",
 * "3 de agosto de 2015", "9 kwietnia 2020"). The earliest date in the line wins.
 */
final class PrintedDates {
    private PrintedDates() {}

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s*(?:de\\s+)?" + Months.PATTERN + "\\.?,?\\s*(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + Months.PATTERN + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static Optional<String> find(String line) {
        return find(line, false);
    }

    /** Like {@link #find(String)}; {@code dayFirst} reads "03/05/2022" as 3 May (see {@link DateReader}). */
    static Optional<String> find(String line, boolean dayFirst) {
        if (line == null) {
            return Optional.empty();
        }
        String s = line.replace('\u00a0', ' ');
        int bestStart = Integer.MAX_VALUE;
        String best = null;
        Optional<DateReader.Span> span = DateReader.findSpan(s, null, dayFirst);
        if (span.isPresent() && MachineDates.plausible(span.get().iso())) {
            bestStart = span.get().start();
            best = span.get().iso();
        }
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && m.start() < bestStart) {
            String d = date(m.group(3), Months.number(m.group(2)), m.group(1));
            if (d != null) {
                bestStart = m.start();
                best = d;
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && m.start() < bestStart) {
            String d = date(m.group(3), Months.number(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
            }
        }
        if (best == null) {
            m = SHORT_YEAR.matcher(s);
            if (m.find()) {
                best = date(fullYear(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "23.09.22": day, month and a two-digit year with dots, as German-speaking pages print dates in datelines.
     * Read only when the line holds no date with a full year.
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.,])");

    /** The century of a two-digit year: this one unless that would lie more than a year ahead. */
    private static String fullYear(String yy) {
        int y = Integer.parseInt(yy);
        int now = LocalDate.now().getYear();
        int year = 2000 + y <= now + 1 ? 2000 + y : 1900 + y;
        return String.valueOf(year);
    }

    private static String date(String year, int month, String day) {
        try {
            String iso = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
            return MachineDates.plausible(iso) ? iso : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
