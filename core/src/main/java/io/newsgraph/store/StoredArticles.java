package io.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.entities.Mention;
import io.newsgraph.extract.Article;
import io.newsgraph.quotes.Statement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads stored articles back whole: the article as extracted, its statements and its resolved mentions. */
public final class StoredArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS = "p.id, p.source, a.url, a.outlet, a.title, a.byline, a.authors_json,"
            + " a.credited_source, a.published, a.modified, a.dek, a.tags_json, a.body, a.footnotes_json, a.embeds_json,"
            + " a.language, a.image, p.status, p.reason FROM articles a JOIN pages p ON p.id = a.page_id";

    private final NewsStore store;
    private final EntityTables entities;

    public StoredArticles(NewsStore store) {
        this.store = store;
        this.entities = new EntityTables(store);
    }

    /**
     * One stored article with what was found in it.
     *
     * @param statementEntities the entity id of each statement's speaker, null where none
     * @param mentionEntities   the entity id of each mention, null where unresolved
     */
    public record Stored(long pageId, Article article, List<Statement> statements, List<String> statementEntities,
                         List<Mention> mentions, List<String> mentionEntities) {}

    /** A consumer that may fail with a store error. */
    public interface Visitor {
        void accept(Stored article) throws StoreException;
    }

    /** The article of one page, without statements and mentions; null when the page has none. */
    public Article article(long pageId) throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT " + COLUMNS + " WHERE p.id = ?")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? article(rs) : null;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read article " + pageId + ": " + e.getMessage(), e);
        }
    }

    /** Every stored article (not-article pages included), in ingest order, with statements and mentions. */
    public void forEach(Visitor visitor) throws StoreException {
        // page ids first, then one article at a time: the reading cursor stays short and memory flat
        List<Long> ids = new ArrayList<>();
        try (var s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT page_id FROM articles ORDER BY page_id")) {
            while (rs.next()) ids.add(rs.getLong(1));
        } catch (SQLException e) {
            throw new StoreException("cannot list articles: " + e.getMessage(), e);
        }
        for (long id : ids) {
            Stored a = stored(id);
            if (a != null) visitor.accept(a);
        }
    }

    /** One stored article with its statements and resolved mentions; null when the page has no article. */
    public Stored stored(long pageId) throws StoreException {
        Article a = article(pageId);
        if (a == null) return null;
        try {
            List<Statement> statements = new ArrayList<>();
            List<String> speakers = new ArrayList<>();
            readStatements(pageId, statements, speakers);
            EntityTables.ResolvedMentions named = entities.resolvedMentions(pageId);
            return new Stored(pageId, a, statements, speakers, named.mentions(), named.entityIds());
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + pageId + ": " + e.getMessage(), e);
        }
    }

    private void readStatements(long pageId, List<Statement> out, List<String> entityIds) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT kind, speaker, speaker_mention, speaker_type,"
                + " cue, text, start_offset, end_offset, reported_by, entity_id FROM statements WHERE page_id = ? ORDER BY ordinal")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Statement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9)));
                    entityIds.add(EntityTables.id(rs.getObject(10)));
                }
            }
        }
    }

    private static Article article(ResultSet rs) throws SQLException, JsonProcessingException {
        Article.Builder b = Article.builder(rs.getString(2))
                .url(rs.getString(3)).outlet(rs.getString(4)).title(rs.getString(5)).byline(rs.getString(6))
                .authors(JSON.readValue(rs.getString(7), STRINGS)).creditedSource(rs.getString(8))
                .published(rs.getString(9)).modified(rs.getString(10)).dek(rs.getString(11))
                .tags(JSON.readValue(rs.getString(12), STRINGS)).text(rs.getString(13))
                .footnotes(JSON.readValue(rs.getString(14), STRINGS)).embeds(JSON.readValue(rs.getString(15), STRINGS))
                .language(rs.getString(16)).image(rs.getString(17));
        if (!rs.getString(18).equals("article")) b.notArticle(rs.getString(19));
        return b.build();
    }
}
