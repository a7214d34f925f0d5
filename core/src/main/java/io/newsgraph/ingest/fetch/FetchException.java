package io.newsgraph.ingest.fetch;

/**
 * A URL that gave no usable response, after any retries. The message is a short reason without the
 * URL; {@link #status} is the last HTTP status, or 0 when none came (timeout, refused, robots.txt,
 * redirect loop); {@link #isTransient} says whether a later poll may succeed (5xx, timeouts).
 */
public final class FetchException extends Exception {
    private final int status;
    private final boolean isTransient;

    public FetchException(String reason, int status, boolean isTransient) {
        super(reason);
        this.status = status;
        this.isTransient = isTransient;
    }

    public int status() {
        return status;
    }

    public boolean isTransient() {
        return isTransient;
    }
}
