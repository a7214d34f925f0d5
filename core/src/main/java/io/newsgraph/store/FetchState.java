package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What {@code watch} and {@code ingest --urls} remember between runs (schema V005): each feed's
 * validators for a conditional GET, and each article URL tried with its outcome, so that a restart
 * fetches only what is new. Writes go through the store's single writer, one transaction per call.
 */
public final class FetchState {
    /** A transient failure is tried again on later polls until it has had this many attempts. */
    public static final int MAX_ATTEMPTS = 3;

    /** A feed's state after a poll. {@code result}: "ok", "not modified" or the error. */
    public record Feed(String url, String etag, String lastModified, Instant lastPolled, String result) {}

    /** One article URL's outcome: {@code status} 0 when no HTTP response came. */
    public record Fetch(String url, int status, String reason, boolean isTransient, Instant at) {}

    private final NewsStore store;

    public FetchState(NewsStore store) {
        this.store = store;
    }

    public Optional<Feed> feed(String url) throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT etag, last_modified, last_polled, last_result FROM feeds WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                String polled = rs.getString(3);
                return Optional.of(new Feed(url, rs.getString(1), rs.getString(2),
                        polled == null ? null : Instant.parse(polled), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read feed " + url + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code url} needs fetching: never tried, or failed transiently fewer than MAX_ATTEMPTS times. */
    public boolean needsFetch(String url) throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT transient, attempts FROM fetched_urls WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getInt(1) == 1 && rs.getInt(2) < MAX_ATTEMPTS;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read fetched URLs: " + e.getMessage(), e);
        }
    }

    /** URLs that failed transiently and may be tried again, oldest first: a poll retries them even when their feed is unchanged. */
    public List<String> retryable() throws StoreException {
        List<String> urls = new java.util.ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT url FROM fetched_urls WHERE transient = 1 AND attempts < ? ORDER BY fetched_at")) {
            ps.setInt(1, MAX_ATTEMPTS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) urls.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read fetched URLs: " + e.getMessage(), e);
        }
        return urls;
    }

    /** Records a poll's outcomes in one transaction: the article URLs tried, then the feeds polled. */
    public void record(Collection<Fetch> fetches, List<Feed> feeds) throws StoreException {
        var c = store.connection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement f = c.prepareStatement("INSERT INTO fetched_urls (url, status, reason, transient, attempts, fetched_at)"
                    + " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET status = excluded.status, reason = excluded.reason,"
                    + " transient = excluded.transient, attempts = fetched_urls.attempts + 1, fetched_at = excluded.fetched_at");
                 PreparedStatement p = c.prepareStatement("INSERT INTO feeds (url, etag, last_modified, last_polled, last_result)"
                         + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                         + " last_modified = excluded.last_modified, last_polled = excluded.last_polled,"
                         + " last_result = excluded.last_result")) {
                for (Fetch x : fetches) {
                    f.setString(1, x.url());
                    f.setInt(2, x.status());
                    f.setString(3, x.reason());
                    f.setInt(4, x.isTransient() ? 1 : 0);
                    f.setString(5, x.at().toString());
                    f.addBatch();
                }
                f.executeBatch();
                for (Feed x : feeds) {
                    p.setString(1, x.url());
                    p.setString(2, x.etag());
                    p.setString(3, x.lastModified());
                    p.setString(4, x.lastPolled() == null ? null : x.lastPolled().toString());
                    p.setString(5, x.result());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // nothing more to undo
            }
            throw new StoreException("cannot record fetches: " + e.getMessage(), e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }
}
