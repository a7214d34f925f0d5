package io.newsgraph.app;

import io.newsgraph.ingest.fetch.FetchOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The fetch options shared by {@code watch} and {@code ingest --urls}, turned into {@link FetchOptions} once. */
final class FetchFlags {
    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    double delaySeconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time to wait for a response, and again for its body (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    FetchOptions options() {
        if (delaySeconds < 0 || timeoutSeconds <= 0) throw new IllegalArgumentException("--delay must be >= 0 and --timeout > 0");
        FetchOptions d = FetchOptions.DEFAULTS;
        return d.withHostDelay(seconds(delaySeconds)).withTimeouts(d.connectTimeout(), seconds(timeoutSeconds));
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
