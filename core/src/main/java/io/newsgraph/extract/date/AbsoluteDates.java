package io.newsgraph.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of calendar-date forms news pages print, each a regex plus how to read its groups. Every
 * form needs a four-digit year and a month, so bare numbers and version strings ("1.2.3", "10721") never
 * match, and impossible dates (31 February) are dropped by {@link LocalDate#of}.
 */
final class AbsoluteDates {
    private AbsoluteDates() {}

    /** Years outside this range are far more likely to be numbers of some other kind. */
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;

    private static final String WEEKDAY =
            "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String MONTH = "\\b" + Months.PATTERN + "\\b\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** A date form: its regex and how its groups become year, month, day (and maybe a time). */
    private record Form(Pattern pattern, Function<Matcher, Fields> reader) {
        Form(String regex, Function<Matcher, Fields> reader) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reader);
        }
    }

    private record Fields(int year, int month, int day, LocalTime time) {}

    private static final List<Form> FORMS = forms(false);
    private static final List<Form> FORMS_DAY_FIRST = forms(true);

    /** The forms; {@code dayFirst} reads "03/05/2022" as 3 May (most of the world) rather than March 5 (US). */
    private static List<Form> forms(boolean dayFirst) {
        return List.of(
            // ISO-8601 and its database cousin, with optional time and zone; the zone is dropped
            // because the page's local time as printed is what we keep.
            new Form("(?<![\\p{L}\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?"
                    + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\p{L}\\d-])",
                    m -> new Fields(num(m, 1), num(m, 2), num(m, 3), isoTime(m))),
            // 2023/07/24, 2023.07.24
            new Form("(?<![\\p{L}\\d./])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\p{L}\\d/]|\\.\\d)",
                    m -> new Fields(num(m, 1), num(m, 3), num(m, 4), null)),
            // 24.07.2023: dots mean day first everywhere that prints them
            new Form("(?<![\\p{L}\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\p{L}\\d]|\\.\\d)",
                    m -> new Fields(num(m, 3), num(m, 2), num(m, 1), null)),
            // 07/24/2023 or 24/07/2023: day first only when the first number cannot be a month
            new Form("(?<![\\p{L}\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\p{L}\\d/-])",
                    dayFirst ? AbsoluteDates::slashedDayFirst : AbsoluteDates::slashed),
            // 13 Apr 2024, The 11th of August 2022, 24-Nov-2023, Mon, 03 Jun 2024
            new Form(WEEKDAY + "(?:\\bthe\\s+)?\\b(\\d{1,2})" + ORDINAL + "(?:\\s+of)?[\\s-]+" + MONTH
                    + "[\\s,-]+(\\d{4})(?!\\d)",
                    m -> new Fields(num(m, 3), Months.number(m.group(2)), num(m, 1), null)),
            // July 24, 2023, Nov. 5, 2023, Monday, June 3rd 2024
            new Form(WEEKDAY + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})(?!\\d)",
                    m -> new Fields(num(m, 3), Months.number(m.group(1)), num(m, 2), null)));
    }

    /** The earliest valid calendar date in {@code text}, with an adjacent time of day when printed. */
    static Optional<DateMatch> first(String text) {
        return first(text, false);
    }

    /** Like {@link #first(String)}; {@code dayFirst} reads slashed dates day first unless that is impossible. */
    static Optional<DateMatch> first(String text, boolean dayFirst) {
        List<DateMatch> found = new ArrayList<>();
        for (Form form : dayFirst ? FORMS_DAY_FIRST : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                Optional<DateMatch> d = toMatch(form, m);
                if (d.isPresent()) {
                    found.add(d.get());
                    break;
                }
            }
        }
        return found.stream()
                .min((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Integer.compare(b.end(), a.end()))
                .map(d -> withAdjacentTime(text, d));
    }

    private static Optional<DateMatch> toMatch(Form form, Matcher m) {
        Fields f = form.reader().apply(m);
        if (f == null || f.year() < MIN_YEAR || f.year() > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DateMatch(m.start(), m.end(), LocalDate.of(f.year(), f.month(), f.day()), f.time()));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** Adds a time printed right after ("13 Apr 2024 22:31") or right before ("5:40 p.m. EST, Nov. 5") the date. */
    private static DateMatch withAdjacentTime(String text, DateMatch d) {
        if (d.time() != null) {
            return d;
        }
        Optional<ClockTimes.Found> after = ClockTimes.after(text.substring(d.end()));
        if (after.isPresent()) {
            return d.withTime(after.get().time(), d.start(), d.end() + after.get().length());
        }
        Optional<ClockTimes.Found> before = ClockTimes.before(text.substring(0, d.start()));
        if (before.isPresent()) {
            return d.withTime(before.get().time(), d.start() - before.get().length(), d.end());
        }
        return d;
    }

    private static Fields slashed(Matcher m) {
        int a = num(m, 1);
        int b = num(m, 3);
        int year = num(m, 4);
        // US order (month/day) unless the first number is too big for a month
        return a > 12 ? new Fields(year, b, a, null) : new Fields(year, a, b, null);
    }

    private static Fields slashedDayFirst(Matcher m) {
        int a = num(m, 1);
        int b = num(m, 3);
        int year = num(m, 4);
        // day/month unless the second number is too big for a month
        return b > 12 ? new Fields(year, a, b, null) : new Fields(year, b, a, null);
    }

    private static LocalTime isoTime(Matcher m) {
        if (m.group(4) == null) {
            return null;
        }
        int h = num(m, 4);
        int min = num(m, 5);
        return h <= 23 && min <= 59 ? LocalTime.of(h, min) : null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
