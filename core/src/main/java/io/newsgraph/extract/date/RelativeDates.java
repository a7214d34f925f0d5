package io.newsgraph.extract.date;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates printed relative to the moment the page was seen: "3 hours ago", "a day ago", "yesterday",
 * "today at 5:40 pm", "just now". Minutes and hours give a date-time; days and longer give a date only,
 * because the page does not say at what time of that day.
 */
final class RelativeDates {
    private RelativeDates() {}

    private static final Map<String, Integer> WORD_NUMBERS = Map.of(
            "a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "ten", 10);

    private static final Pattern AGO = Pattern.compile(
            "\\b(\\d{1,3}|an?|one|two|three|four|five|six|ten)\\s+"
                    + "(sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_DAY = Pattern.compile("\\b(yesterday|today|just now)\\b", Pattern.CASE_INSENSITIVE);

    static Optional<DateMatch> first(String text, LocalDateTime reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Optional<DateMatch> ago = ago(text, reference);
        Optional<DateMatch> named = named(text, reference);
        if (ago.isPresent() && named.isPresent()) {
            return ago.get().start() <= named.get().start() ? ago : named;
        }
        return ago.isPresent() ? ago : named;
    }

    private static Optional<DateMatch> ago(String text, LocalDateTime ref) {
        Matcher m = AGO.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        long amount = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : WORD_NUMBERS.get(n);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        LocalDateTime at;
        boolean withTime = true;
        if (unit.startsWith("s")) {
            at = ref.minusSeconds(amount);
        } else if (unit.startsWith("mi")) {
            at = ref.minusMinutes(amount);
        } else if (unit.startsWith("h")) {
            at = ref.minusHours(amount);
        } else {
            withTime = false;
            at = switch (unit.charAt(0)) {
                case 'd' -> ref.minusDays(amount);
                case 'w' -> ref.minusWeeks(amount);
                case 'm' -> ref.minusMonths(amount);
                default -> ref.minusYears(amount);
            };
        }
        LocalTime time = withTime ? at.toLocalTime().truncatedTo(ChronoUnit.MINUTES) : null;
        return Optional.of(new DateMatch(m.start(), m.end(), at.toLocalDate(), time));
    }

    private static Optional<DateMatch> named(String text, LocalDateTime ref) {
        Matcher m = NAMED_DAY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (word.equals("just now")) {
            return Optional.of(new DateMatch(m.start(), m.end(), ref.toLocalDate(),
                    ref.toLocalTime().truncatedTo(ChronoUnit.MINUTES)));
        }
        DateMatch day = new DateMatch(m.start(), m.end(),
                word.equals("yesterday") ? ref.toLocalDate().minusDays(1) : ref.toLocalDate(), null);
        return Optional.of(ClockTimes.after(text.substring(m.end()))
                .map(t -> day.withTime(t.time(), day.start(), day.end() + t.length()))
                .orElse(day));
    }
}
