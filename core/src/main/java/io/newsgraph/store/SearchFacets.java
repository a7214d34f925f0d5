package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of a search's matching articles by outlet and by entity mentioned, over every match (not just the
 * page of hits shown), under the same filters: what a user can narrow the search to, and how far.
 */
public final class SearchFacets {
    private final NewsStore store;

    public SearchFacets(NewsStore store) {
        this.store = store;
    }

    /** One value of a facet: {@code value} is what to filter on (an outlet, an entity id), {@code label} what to show. */
    public record Facet(String value, String label, long count) {}

    /** The matches in all ({@code total}), by outlet (no outlet: value null), and by the most mentioned entities. */
    public record Facets(long total, List<Facet> outlets, List<Facet> entities) {}

    public Facets of(SearchQuery q, int maxEntities) throws StoreException {
        String match = FtsQuery.of(q.text());
        if (match.isEmpty()) return new Facets(0, List.of(), List.of());
        StringBuilder hits = new StringBuilder("WITH hits AS (SELECT a.page_id, a.outlet FROM articles_fts"
                + " JOIN articles a ON a.page_id = articles_fts.rowid WHERE articles_fts MATCH ?");
        List<String> params = new ArrayList<>(List.of(match));
        ArticleFilter.append(hits, params, q.outlet(), q.from(), q.to(), q.entity());
        hits.append(") ");
        try {
            List<Facet> outlets = facets(hits + "SELECT outlet, outlet, count(*) FROM hits GROUP BY outlet COLLATE NOCASE"
                    + " ORDER BY 3 DESC, 1", params, false);
            long total = outlets.stream().mapToLong(Facet::count).sum();
            List<String> withLimit = new ArrayList<>(params);
            withLimit.add(Integer.toString(maxEntities));
            List<Facet> entities = facets(hits + "SELECT e.id, e.name, count(DISTINCT m.page_id) FROM hits h"
                    + " JOIN mentions m ON m.page_id = h.page_id JOIN entities e ON e.id = m.entity_id"
                    + " WHERE e.merged_into IS NULL GROUP BY e.id ORDER BY 3 DESC, e.id LIMIT ?", withLimit, true);
            return new Facets(total, outlets, entities);
        } catch (SQLException e) {
            throw new StoreException("search facets failed: " + e.getMessage(), e);
        }
    }

    private List<Facet> facets(String sql, List<String> params, boolean entityIds) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<Facet> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = entityIds ? EntityTables.id(rs.getLong(1)) : rs.getString(1);
                    out.add(new Facet(value, rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        }
    }
}
