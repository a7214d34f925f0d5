package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of a search's matching articles by outlet, by entity mentioned and by story, under the same filters: what a
 * user can narrow the search to, and how far. The total is exact; the counts are over every match up to
 * {@link #MAX_COUNTED}, and over the newest {@link #MAX_COUNTED} matches beyond (a word found in most of
 * 100,000 articles took over a second to count whole, against 0.1 s for the capped count).
 */
public final class SearchFacets {
    public static final int MAX_COUNTED = 10_000;
    private final NewsStore store;

    public SearchFacets(NewsStore store) {
        this.store = store;
    }

    /** One value of a facet: {@code value} is what to filter on (an outlet, an entity id), {@code label} what to show. */
    public record Facet(String value, String label, long count) {}

    /**
     * The matches in all ({@code total}); the number the counts are over ({@code counted}: the total, or
     * {@link #MAX_COUNTED} when there are more); counts by outlet (no outlet: value null), by the most
     * mentioned entities and by the largest stories of more than one article.
     */
    public record Facets(long total, long counted, List<Facet> outlets, List<Facet> entities, List<Facet> stories) {}

    public Facets of(SearchQuery q, int maxEntities) throws StoreException {
        String match = FtsQuery.of(q.text());
        if (match.isEmpty()) return new Facets(0, 0, List.of(), List.of(), List.of());
        StringBuilder matches = new StringBuilder("SELECT articles_fts.rowid AS page_id"
                + ArticleFilter.matchFrom(q));
        List<String> params = new ArrayList<>(List.of(match));
        ArticleFilter.append(matches, params, q);
        String hits = "WITH hits AS (" + matches + " ORDER BY articles_fts.rowid DESC LIMIT " + MAX_COUNTED + ") ";
        try {
            long total = count("SELECT count(*) FROM (" + matches + ")", params);
            List<Facet> outlets = facets(hits + "SELECT a.outlet, a.outlet, count(*) FROM hits h JOIN articles a ON a.page_id = h.page_id"
                    + " GROUP BY a.outlet COLLATE NOCASE ORDER BY 3 DESC, 1", params, Kind.OUTLET);
            List<String> withLimit = new ArrayList<>(params);
            withLimit.add(Integer.toString(maxEntities));
            List<Facet> entities = facets(hits + "SELECT e.id, e.name, count(DISTINCT m.page_id) FROM hits h"
                    + " JOIN mentions m ON m.page_id = h.page_id JOIN entities e ON e.id = m.entity_id"
                    + " WHERE e.merged_into IS NULL GROUP BY e.id ORDER BY 3 DESC, e.id LIMIT ?", withLimit, Kind.ENTITY);
            // stories of more than one article only: every article is a story of its own until another joins it
            List<Facet> stories = facets(hits + "SELECT s.story_id, (SELECT title FROM articles WHERE page_id = s.story_id), count(*)"
                    + " FROM hits h JOIN story_members s ON s.page_id = h.page_id"
                    + " WHERE EXISTS (SELECT 1 FROM story_members o WHERE o.story_id = s.story_id AND o.page_id <> s.page_id)"
                    + " GROUP BY s.story_id ORDER BY 3 DESC, 1 LIMIT ?", withLimit, Kind.STORY);
            return new Facets(total, Math.min(total, MAX_COUNTED), outlets, entities, stories);
        } catch (SQLException e) {
            throw new StoreException("search facets failed: " + e.getMessage(), e);
        }
    }

    private long count(String sql, List<String> params) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What a facet's first column holds: an outlet as is, or the number of an entity ("E17") or a story ("S12"). */
    private enum Kind { OUTLET, ENTITY, STORY }

    private List<Facet> facets(String sql, List<String> params, Kind kind) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<Facet> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = switch (kind) {
                        case OUTLET -> rs.getString(1);
                        case ENTITY -> EntityTables.id(rs.getLong(1));
                        case STORY -> StoryQueries.id(rs.getLong(1));
                    };
                    out.add(new Facet(value, rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        }
    }
}
