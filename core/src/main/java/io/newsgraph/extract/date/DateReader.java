package io.newsgraph.extract.date;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Reads dates as news pages print them and returns ISO-8601 local date-time ("2024-04-13T22:31") when
 * the string has a time, else a date ("2023-07-24"). To be filled in.
 */
public final class DateReader {
    private DateReader() {}

    /** Parses one date string; relative dates ("3 hours ago", "yesterday") are resolved against {@code reference}. */
    public static Optional<String> parse(String printed, LocalDateTime reference) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Finds the first date inside a longer line ("Publish Date : 14 April 2024 - 22:03"), if any. */
    public static Optional<String> find(String line, LocalDateTime reference) {
        throw new UnsupportedOperationException("not yet");
    }
}
