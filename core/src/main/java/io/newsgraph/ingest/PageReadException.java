package io.newsgraph.ingest;

/** A file that cannot be read as a page; the message is a short reason, without the file name. */
public final class PageReadException extends Exception {
    public PageReadException(String reason) {
        super(reason);
    }

    public PageReadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
