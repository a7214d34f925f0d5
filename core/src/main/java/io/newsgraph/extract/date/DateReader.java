package io.newsgraph.extract.date;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as news pages print them and returns ISO-8601 local date-time ("2024-04-13T22:31") when
 * the string has a time, else a date ("2023-07-24"). A zone or offset, when printed, is dropped: the
 * result is the local time as the page printed it.
 *
 * <p>Forms: "13 Apr 2024 22:31", "July 24, 2023", "14 April 2024 - 22:03", "The 11th of August 2022",
 * ISO-8601, RFC 1123, "2023/07/24", "24.07.2023", "Monday, 3 June 2024, 10:15 AM",
 * "Nov. 5, 2023 at 5:40 p.m. EST", "5:40 p.m. EST, Nov. 5, 2023" and relative dates ("3 hours ago",
 * "yesterday"). Bare numbers, version strings and impossible dates are never dates. Stateless.
 */
public final class DateReader {
    private DateReader() {}

    /** Longest run of words a date string may carry besides the date itself ("Updated", "Published on"). */
    private static final int MAX_EXTRA_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /**
     * Parses one date string such as a dateline ("Published: July 24, 2023"). Fails when the string is
     * mostly something else: leftover digits or more than a few words besides the date.
     *
     * @param printed   the string as printed
     * @param reference the moment relative dates ("3 hours ago") count back from; may be null
     */
    public static Optional<String> parse(String printed, LocalDateTime reference) {
        if (printed == null) {
            return Optional.empty();
        }
        String s = printed.replace('\u00a0', ' ').strip();
        Optional<DateMatch> m = locate(s, reference);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String rest = s.substring(0, m.get().start()) + " " + s.substring(m.get().end());
        if (DIGIT.matcher(rest).find() || countWords(rest) > MAX_EXTRA_WORDS) {
            return Optional.empty();
        }
        return Optional.of(m.get().iso());
    }

    /**
     * Finds the first date inside a longer line ("Publish Date : 14 April 2024 - 22:03").
     *
     * @param line      any text
     * @param reference the moment relative dates count back from; may be null, then they are ignored
     */
    public static Optional<String> find(String line, LocalDateTime reference) {
        if (line == null) {
            return Optional.empty();
        }
        return locate(line.replace('\u00a0', ' '), reference).map(DateMatch::iso);
    }

    /** Like {@link #find} but also says where the date sits; for the extractors in this project. */
    public static Optional<Span> findSpan(String line, LocalDateTime reference) {
        return findSpan(line, reference, false);
    }

    /**
     * Like {@link #findSpan(String, LocalDateTime)}; with {@code dayFirst} a slashed date ("03/05/2022") reads
     * day first, as pages in most languages other than US English print it.
     */
    public static Optional<Span> findSpan(String line, LocalDateTime reference, boolean dayFirst) {
        if (line == null) {
            return Optional.empty();
        }
        return locate(line.replace('\u00a0', ' '), reference, dayFirst).map(m -> new Span(m.start(), m.end(), m.iso()));
    }

    /**
     * Where a date sits in a line and what it reads as. Immutable.
     *
     * @param start inclusive character offset
     * @param end   exclusive character offset
     * @param iso   ISO-8601 local date or date-time
     */
    public record Span(int start, int end, String iso) {}

    private static Optional<DateMatch> locate(String s, LocalDateTime reference) {
        return locate(s, reference, false);
    }

    private static Optional<DateMatch> locate(String s, LocalDateTime reference, boolean dayFirst) {
        Optional<DateMatch> absolute = AbsoluteDates.first(s, dayFirst);
        Optional<DateMatch> relative = RelativeDates.first(s, reference);
        if (absolute.isPresent() && relative.isPresent()) {
            return absolute.get().start() <= relative.get().start() ? absolute : relative;
        }
        return absolute.isPresent() ? absolute : relative;
    }

    private static int countWords(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
