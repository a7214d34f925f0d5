package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * BM25-ranked full-text search over stored articles (SQLite FTS5), with a highlighted snippet.
 * A title match weighs more than a standfirst match, which weighs more than a body match.
 */
public final class ArticleSearch {
    private static final String WEIGHTS = "10.0, 3.0, 1.0"; // title, dek, body
    private final NewsStore store;
    private final String openMark;
    private final String closeMark;

    public ArticleSearch(NewsStore store, String openMark, String closeMark) {
        this.store = store;
        this.openMark = openMark;
        this.closeMark = closeMark;
    }

    public List<SearchHit> search(SearchQuery q) throws StoreException {
        String match = FtsQuery.of(q.text());
        if (match.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder(
                "SELECT p.source, a.title, a.outlet, a.published,"
                        + " snippet(articles_fts, -1, ?, ?, '…', 24), bm25(articles_fts, " + WEIGHTS + ") AS rank, a.page_id"
                        + " FROM articles_fts JOIN articles a ON a.page_id = articles_fts.rowid"
                        + " JOIN pages p ON p.id = a.page_id"
                        + " WHERE articles_fts MATCH ?");
        List<String> params = new ArrayList<>(List.of(openMark, closeMark, match));
        ArticleFilter.append(sql, params, q.outlet(), q.from(), q.to(), q.entity());
        // page_id breaks ties, so equal scores come in the same order every time
        sql.append(" ORDER BY rank, a.page_id LIMIT ").append(q.limit());
        try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // bm25() is lower-is-better and negative; report it as a positive score.
                    hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), -rs.getDouble(6), rs.getLong(7)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }
}
