package io.newsgraph.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The --outlet, --from and --to filters shared by the commands that list stored things. */
final class DateFilters {
    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (case-insensitive).")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (yyyy-MM-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (yyyy-MM-dd).")
    String to;

    /** Rejects dates that are not yyyy-MM-dd as a usage error. */
    void check(CommandSpec spec) {
        checkDate(spec, "--from", from);
        checkDate(spec, "--to", to);
    }

    private static void checkDate(CommandSpec spec, String option, String value) {
        if (value == null) return;
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + ": not a date (want yyyy-MM-dd): " + value);
        }
    }
}
