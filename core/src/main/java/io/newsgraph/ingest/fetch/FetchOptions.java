package io.newsgraph.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Fetcher} behaves; checked on construction. Immutable.
 *
 * @param userAgent      sent with every request and matched against robots.txt groups
 * @param robotsName     the name looked up in robots.txt ("newsgraph")
 * @param connectTimeout to open a connection
 * @param readTimeout    from sending a request to having its response headers
 * @param hostDelay      the least time between two requests to one host
 * @param attempts       tries per URL on 5xx and timeouts (1 = no retry)
 * @param backoff        the wait before the first retry; doubled before each next one
 * @param maxBytes       a body above this is aborted and the URL fails
 * @param maxRedirects   redirects followed per URL; a loop fails at once
 */
public record FetchOptions(String userAgent, String robotsName, Duration connectTimeout, Duration readTimeout,
                           Duration hostDelay, int attempts, Duration backoff, long maxBytes, int maxRedirects) {
    public static final String VERSION = "0.1.0";
    public static final FetchOptions DEFAULTS = new FetchOptions(
            "newsgraph/" + VERSION + " (+https://github.com/newsgraph/newsgraph)", "newsgraph",
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1), 3, Duration.ofSeconds(2),
            io.newsgraph.ingest.PageReader.DEFAULT_MAX_BYTES, 5);

    public FetchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotsName, "robotsName");
        for (Duration d : new Duration[] {connectTimeout, readTimeout, hostDelay, backoff}) {
            if (d == null || d.isNegative()) throw new IllegalArgumentException("durations must be >= 0, got " + d);
        }
        if (connectTimeout.isZero() || readTimeout.isZero()) throw new IllegalArgumentException("timeouts must be > 0");
        if (attempts < 1) throw new IllegalArgumentException("attempts must be >= 1, got " + attempts);
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
    }

    public FetchOptions withHostDelay(Duration d) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, readTimeout, d, attempts, backoff, maxBytes, maxRedirects);
    }

    public FetchOptions withTimeouts(Duration connect, Duration read) {
        return new FetchOptions(userAgent, robotsName, connect, read, hostDelay, attempts, backoff, maxBytes, maxRedirects);
    }

    public FetchOptions withRetries(int attempts, Duration backoff) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, readTimeout, hostDelay, attempts, backoff, maxBytes, maxRedirects);
    }

    public FetchOptions withMaxBytes(long max) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, readTimeout, hostDelay, attempts, backoff, max, maxRedirects);
    }
}
