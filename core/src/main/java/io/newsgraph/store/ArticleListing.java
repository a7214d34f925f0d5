package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored articles newest first, a slice at a time. The order is stable (publication date descending,
 * undated last, then id descending) and a slice continues after a {@link Cursor} (keyset pagination), so
 * paging stays correct and cheap while articles are added.
 */
public final class ArticleListing {
    private final NewsStore store;

    public ArticleListing(NewsStore store) {
        this.store = store;
    }

    /** One listed article (its id is its page's). */
    public record Item(long id, String source, String title, String outlet, String published, String dek) {}

    /** The position of the last article of a slice: {@code published} "" when undated. */
    public record Cursor(String published, long id) {
        public Cursor {
            if (published == null) throw new IllegalArgumentException("published: use \"\" for undated");
        }
    }

    /**
     * @param outlet only this outlet (case-insensitive), or null
     * @param from   published on or after this ISO date, or null
     * @param to     published on or before this ISO date, or null
     * @param entity only articles mentioning this entity id ("E17"), or null
     * @param after  start after this position, or null for the first slice
     * @param limit  at most this many articles
     */
    public record Query(String outlet, String from, String to, String entity, Cursor after, int limit) {
        public Query {
            if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
            if (entity != null && !entity.matches("E\\d{1,18}")) throw new IllegalArgumentException("not an entity id: " + entity);
        }
    }

    /** A slice of articles; {@code next} is where the following slice starts, null when this is the last. */
    public record Slice(List<Item> items, Cursor next) {}

    public Slice list(Query q) throws StoreException {
        // coalesce(published, ''): undated articles sort below every date, so they come last in descending order
        StringBuilder sql = new StringBuilder("SELECT a.page_id, p.source, a.title, a.outlet, a.published, a.dek,"
                + " coalesce(a.published, '') AS sort_date FROM articles a JOIN pages p ON p.id = a.page_id"
                + " WHERE p.status = 'article'");
        List<String> params = new ArrayList<>();
        ArticleFilter.append(sql, params, q.outlet(), q.from(), q.to(), q.entity());
        if (q.after() != null) {
            sql.append(" AND (coalesce(a.published, '') < ? OR (coalesce(a.published, '') = ? AND a.page_id < ?))");
            params.add(q.after().published());
            params.add(q.after().published());
            params.add(Long.toString(q.after().id()));
        }
        // one more than asked: tells whether a next slice exists without a count query
        sql.append(" ORDER BY sort_date DESC, a.page_id DESC LIMIT ").append(q.limit() + 1);
        try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<Item> items = new ArrayList<>();
            Cursor next = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == q.limit()) {
                        Item last = items.get(items.size() - 1);
                        next = new Cursor(last.published() == null ? "" : last.published(), last.id());
                        break;
                    }
                    items.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
            return new Slice(items, next);
        } catch (SQLException e) {
            throw new StoreException("cannot list articles: " + e.getMessage(), e);
        }
    }
}
