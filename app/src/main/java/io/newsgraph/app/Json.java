package io.newsgraph.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.Article;
import io.newsgraph.quotes.Statement;
import io.newsgraph.pipeline.IngestSummary;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.QuoteHit;
import io.newsgraph.store.SearchHit;
import io.newsgraph.store.StoreCounts;
import java.util.List;

/** The JSON shapes newsgraph prints, one object per line (see README, "JSON output"). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String article(Article a, List<Statement> statements) {
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
        for (Statement st : statements) list.add(statement(st));
        return write(o);
    }

    static String hit(SearchHit h) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", h.source());
        o.put("title", h.title());
        o.put("outlet", h.outlet());
        o.put("published", h.published());
        o.put("snippet", h.snippet());
        o.put("score", Math.round(h.score() * 1000) / 1000.0);
        return write(o);
    }

    static String quote(QuoteHit h) {
        ObjectNode o = statement(h.statement());
        o.put("source", h.source());
        o.put("title", h.title());
        o.put("outlet", h.outlet());
        o.put("published", h.published());
        return write(o);
    }

    private static ObjectNode statement(Statement st) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", st.kind());
        o.put("speaker", st.speaker());
        o.put("speaker_mention", st.speakerMention());
        o.put("speaker_type", st.speakerType());
        o.put("cue", st.cue());
        o.put("text", st.text());
        o.put("start", st.start());
        o.put("end", st.end());
        o.put("reported_by", st.reportedBy());
        return o;
    }

    static String summary(IngestSummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("files", s.files());
        o.put("new", s.added());
        o.put("unchanged", s.unchanged());
        o.put("failed", s.failed());
        return write(o);
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

    private static String write(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
