package io.newsgraph.extract.date;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day printed next to a date: "22:31", "10:15 AM", "5:40 p.m.", "10:15:00", "5 pm". A bare
 * number is never a time: it needs a colon or an am/pm marker.
 */
final class ClockTimes {
    private ClockTimes() {}

    /** Groups: 1 hour, 2 minute, 3 am/pm (colon form); 4 hour, 5 am/pm (hour-only form). */
    static final String PATTERN =
            "(?:(\\d{1,2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*([ap]\\.?\\s?m\\.?)(?![a-z]))?"
                    + "|(\\d{1,2})\\s*([ap]\\.?\\s?m\\.?)(?![a-z]))";

    /** A time right after a date, behind a short separator: " 22:31", ", 10:15 AM", " - 22:03", " at 5 pm". */
    private static final Pattern AFTER = Pattern.compile(
            "^\\s*(?:[,|@\u2013\u2014-]\\s*)?(?:at\\s+)?" + PATTERN + "(?![\\d:])", Pattern.CASE_INSENSITIVE);

    /** A time right before a date: "5:40 p.m. EST, " then the date. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\d:])" + PATTERN + "(?:\\s+[a-z]{2,4})?\\s*[,|\u2013\u2014-]?\\s*(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** A time printed as the text that follows a date, with the length of text it used. */
    record Found(LocalTime time, int length) {}

    static Optional<Found> after(String text) {
        Matcher m = AFTER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return toTime(m).map(t -> new Found(t, m.end()));
    }

    /** A time printed just before a date; {@code length} counts back from the end of {@code text}. */
    static Optional<Found> before(String text) {
        Matcher m = BEFORE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return toTime(m).map(t -> new Found(t, text.length() - m.start()));
    }

    private static Optional<LocalTime> toTime(Matcher m) {
        boolean colonForm = m.group(1) != null;
        int hour = Integer.parseInt(colonForm ? m.group(1) : m.group(4));
        int minute = colonForm ? Integer.parseInt(m.group(2)) : 0;
        String half = colonForm ? m.group(3) : m.group(5);
        if (minute > 59) {
            return Optional.empty();
        }
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = half.toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (hour > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
