package io.newsgraph.ingest.feeds;

/** A document that is not a readable feed, OPML list or sitemap; the message is a one-line reason. */
public final class FeedException extends Exception {
    public FeedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
