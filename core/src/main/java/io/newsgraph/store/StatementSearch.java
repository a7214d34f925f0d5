package io.newsgraph.store;

import io.newsgraph.nlp.NameKey;
import io.newsgraph.quotes.Statement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a speaker's stored statements across articles, newest first, then in article order: those whose
 * speaker's name key matches, and those linked to the entity the name finds ({@link EntityQueries#find}),
 * so that "PIJ" also finds what "the Palestinian Islamic Jihad" said.
 */
public final class StatementSearch {
    private final NewsStore store;

    public StatementSearch(NewsStore store) {
        this.store = store;
    }

    public List<QuoteHit> bySpeaker(SpeakerQuery q) throws StoreException {
        List<String> words = NameKey.words(q.speaker());
        if (words.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder(
                "SELECT p.source, a.title, a.outlet, a.published, s.kind, s.speaker, s.speaker_mention, s.speaker_type,"
                        + " s.cue, s.text, s.start_offset, s.end_offset, s.reported_by, s.page_id"
                        + " FROM statements s JOIN articles a ON a.page_id = s.page_id JOIN pages p ON p.id = s.page_id"
                        + " WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        sql.append(" AND ((1 = 1");
        for (String w : words) {
            sql.append(" AND s.speaker_key LIKE ? ESCAPE '\\'");
            params.add("% " + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %");
        }
        sql.append(")");
        String entity = new EntityQueries(store).find(q.speaker());
        if (entity != null) {
            sql.append(" OR s.entity_id = ?");
            params.add(Long.toString(EntityTables.number(entity)));
        }
        sql.append(")");
        ArticleFilter.append(sql, params, q.outlet(), q.from(), q.to());
        sql.append(" ORDER BY a.published IS NULL, a.published DESC, p.source, s.ordinal LIMIT ").append(q.limit());
        try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<QuoteHit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Statement st = new Statement(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getString(13));
                    hits.add(new QuoteHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), st, rs.getLong(14)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("statement search failed: " + e.getMessage(), e);
        }
    }
}
