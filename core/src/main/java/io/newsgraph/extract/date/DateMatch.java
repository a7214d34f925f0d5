package io.newsgraph.extract.date;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One date found in a string: where it sits ({@code start} inclusive, {@code end} exclusive) and what it
 * says. {@code time} is null when the string prints no time of day. Immutable.
 */
record DateMatch(int start, int end, LocalDate date, LocalTime time) {

    /** ISO-8601 local form: "2024-04-13T22:31" with a time, "2024-04-13" without. */
    String iso() {
        if (time == null) {
            return date.toString();
        }
        return date + "T" + String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    DateMatch withSpan(int newStart, int newEnd) {
        return new DateMatch(newStart, newEnd, date, time);
    }

    DateMatch withTime(LocalTime newTime, int newStart, int newEnd) {
        return new DateMatch(newStart, newEnd, date, newTime);
    }
}
