package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25-ranked full-text search over stored articles (SQLite FTS5), with a highlighted snippet.
 * A title match weighs more than a standfirst match, which weighs more than a body match.
 */
public final class ArticleSearch implements ArticleIndex {
    private static final String WEIGHTS = "10.0, 3.0, 1.0"; // title, dek, body
    private final NewsStore store;
    private final String openMark;
    private final String closeMark;

    public ArticleSearch(NewsStore store, String openMark, String closeMark) {
        this.store = store;
        this.openMark = openMark;
        this.closeMark = closeMark;
    }

    /** A ranked article before its snippet is made. */
    private record Ranked(long id, double score) {}

    /** A hit's columns, read with its snippet. */
    private record Shown(String source, String title, String outlet, String published, String snippet) {}

    @Override
    public List<SearchHit> search(SearchQuery q) throws StoreException {
        String match = FtsQuery.of(q.text());
        if (match.isEmpty()) return List.of();
        // Two steps: rank every match, then make snippets for the hits shown only. In one query SQLite makes a
        // snippet for each match before sorting, which doubles the time of a word found in most articles.
        List<Ranked> ranked = rank(match, q);
        if (ranked.isEmpty()) return List.of();
        Map<Long, Shown> shown = show(match, ranked);
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Shown s = shown.get(r.id());
            if (s != null) hits.add(new SearchHit(s.source(), s.title(), s.outlet(), s.published(), s.snippet(), r.score(), r.id()));
        }
        return hits;
    }

    private List<Ranked> rank(String match, SearchQuery q) throws StoreException {
        StringBuilder sql = new StringBuilder("SELECT articles_fts.rowid, bm25(articles_fts, " + WEIGHTS + ") AS rank"
                + ArticleFilter.matchFrom(q));
        List<String> params = new ArrayList<>(List.of(match));
        ArticleFilter.append(sql, params, q);
        // page_id breaks ties, so equal scores come in the same order every time
        sql.append(" ORDER BY rank, articles_fts.rowid LIMIT ").append(q.limit());
        try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<Ranked> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                // bm25() is lower-is-better and negative; report it as a positive score.
                while (rs.next()) out.add(new Ranked(rs.getLong(1), -rs.getDouble(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    private Map<Long, Shown> show(String match, List<Ranked> ranked) throws StoreException {
        StringBuilder sql = new StringBuilder("SELECT a.page_id, p.source, a.title, a.outlet, a.published,"
                + " snippet(articles_fts, -1, ?, ?, '…', 24) FROM articles_fts JOIN articles a ON a.page_id = articles_fts.rowid"
                + " JOIN pages p ON p.id = a.page_id WHERE articles_fts MATCH ? AND articles_fts.rowid IN (");
        for (int i = 0; i < ranked.size(); i++) sql.append(i == 0 ? "?" : ", ?");
        sql.append(')');
        try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
            ps.setString(1, openMark);
            ps.setString(2, closeMark);
            ps.setString(3, match);
            for (int i = 0; i < ranked.size(); i++) ps.setLong(4 + i, ranked.get(i).id());
            Map<Long, Shown> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Shown(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("search snippets failed: " + e.getMessage(), e);
        }
    }
}
