package io.newsgraph.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.extract.Article;
import io.newsgraph.quotes.Statement;
import io.newsgraph.pipeline.IngestSummary;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.QuoteHit;
import io.newsgraph.store.SearchHit;
import io.newsgraph.store.StoreCounts;
import io.newsgraph.store.StoredArticles;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON shapes newsgraph prints, one object per line (see README, "JSON output"); the web API
 * ({@code io.newsgraph.app.web}) answers with the same objects, through the {@code *Node} methods.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /**
     * An article as {@code extract} and {@code export} print it.
     *
     * @param speakers the entity each statement's speaker is (null where none): its canonical name
     *                 becomes the statement's {@code speaker}, the name as found {@code speaker_as_written}
     * @param entities the entities the article mentions, named corpus-wide
     * @param story    the story the article belongs to (the source of its earliest article), or null
     */
    static String article(Article a, List<Statement> statements, List<ArticleEntity> speakers, List<ArticleEntity> entities,
                          String story) {
        return write(articleNode(a, statements, speakers, entities, story));
    }

    /**
     * A stored article as {@code export} prints it; {@code names}: canonical name and type by entity id;
     * {@code story}: the story it belongs to, or null.
     */
    public static ObjectNode storedArticleNode(StoredArticles.Stored a, Function<String, ArticleEntity> names, String story) {
        EntityView view = EntityView.of(a.statementEntities(), a.mentions(), a.mentionEntities(), names);
        return articleNode(a.article(), a.statements(), view.speakers(), view.entities(), story);
    }

    private static ObjectNode articleNode(Article a, List<Statement> statements, List<ArticleEntity> speakers,
                                          List<ArticleEntity> entities, String story) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.putPOJO("authors", a.authors());
        o.put("credited_source", a.creditedSource());
        o.put("published", a.published());
        o.put("modified", a.modified());
        o.put("dek", a.dek());
        o.putPOJO("tags", a.tags());
        o.put("text", a.text());
        o.putPOJO("footnotes", a.footnotes());
        o.putPOJO("embeds", a.embeds());
        o.put("language", a.language());
        o.put("image", a.image());
        o.put("is_article", a.isArticle());
        o.put("not_article_reason", a.notArticleReason());
        ArrayNode list = o.putArray("statements");
        for (int i = 0; i < statements.size(); i++) list.add(statement(statements.get(i), speakers.get(i)));
        o.put("story", story);
        ArrayNode named = o.putArray("entities");
        for (ArticleEntity e : entities) {
            ObjectNode n = named.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", EntitiesCommand.typeName(e.type()));
            n.putPOJO("variants", e.variants());
        }
        return o;
    }

    static String hit(SearchHit h) {
        return write(hitNode(h));
    }

    public static ObjectNode hitNode(SearchHit h) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", h.source());
        o.put("title", h.title());
        o.put("outlet", h.outlet());
        o.put("published", h.published());
        o.put("snippet", h.snippet());
        o.put("score", Math.round(h.score() * 1000) / 1000.0);
        return o;
    }

    static String quote(QuoteHit h) {
        return write(quoteNode(h));
    }

    public static ObjectNode quoteNode(QuoteHit h) {
        ObjectNode o = statement(h.statement(), null);
        o.put("source", h.source());
        o.put("title", h.title());
        o.put("outlet", h.outlet());
        o.put("published", h.published());
        return o;
    }

    private static ObjectNode statement(Statement st, ArticleEntity speaker) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", st.kind());
        o.put("speaker", speaker == null ? st.speaker() : speaker.name());
        if (speaker != null) {
            o.put("speaker_entity", speaker.id());
            o.put("speaker_as_written", st.speaker());
        }
        o.put("speaker_mention", st.speakerMention());
        o.put("speaker_type", st.speakerType());
        o.put("cue", st.cue());
        o.put("text", st.text());
        o.put("start", st.start());
        o.put("end", st.end());
        o.put("reported_by", st.reportedBy());
        return o;
    }

    static String entity(EntityQueries.Summary s) {
        return write(entityNode(s));
    }

    public static ObjectNode entityNode(EntityQueries.Summary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        o.put("type", EntitiesCommand.typeName(s.type()));
        o.put("mentions", s.mentions());
        o.put("articles", s.articles());
        o.put("first_seen", s.firstSeen());
        o.put("last_seen", s.lastSeen());
        ArrayNode variants = o.putArray("variants");
        s.variants().forEach((v, n) -> variants.addObject().put("text", v).put("count", n));
        return o;
    }

    static String profile(EntityQueries.Profile p) {
        return write(profileNode(p));
    }

    public static ObjectNode profileNode(EntityQueries.Profile p) {
        ObjectNode o = entityNode(p.summary());
        o.putPOJO("roles", p.roles());
        o.putPOJO("organizations", p.organizations());
        o.putPOJO("statements_by_outlet", p.statementsByOutlet());
        ArrayNode timeline = o.putArray("timeline");
        for (var said : p.timeline()) {
            timeline.addObject().put("published", said.published()).put("outlet", said.outlet()).put("source", said.source())
                    .put("kind", said.kind()).put("text", said.text());
        }
        return o;
    }

    static String summary(IngestSummary s) {
        return write(summaryNode(s));
    }

    public static ObjectNode summaryNode(IngestSummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("files", s.files());
        o.put("new", s.added());
        o.put("unchanged", s.unchanged());
        o.put("failed", s.failed());
        return o;
    }

    static String counts(StoreCounts c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("articles", c.articles());
        o.put("no_article", c.noArticle());
        o.put("failed", c.failed());
        o.put("unreadable", c.unreadable());
        return write(o);
    }

    static String problem(NewsStore.Problem p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", p.source());
        o.put("status", p.status());
        o.put("reason", p.reason());
        return write(o);
    }

    /** An empty object, to build an answer around the shapes above. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(JsonNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
