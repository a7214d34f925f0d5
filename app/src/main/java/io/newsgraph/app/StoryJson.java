package io.newsgraph.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.Article;
import io.newsgraph.pipeline.StoryReport;
import io.newsgraph.store.StoryQueries;
import io.newsgraph.stories.AlignedStatement;
import io.newsgraph.stories.Framing;
import io.newsgraph.stories.Origin;
import io.newsgraph.stories.Provenance;
import io.newsgraph.stories.StoryStatement;
import io.newsgraph.stories.WordingDiff;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of stories (see README, "JSON output"): a story's summary as {@code stories --json}
 * prints it, and a whole story as {@code story ID --json} does. Articles are named by their page id
 * ({@code article}), as everywhere else in the store's output. Public for the web API, which serves the same shapes.
 */
public final class StoryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoryJson() {}

    public static ObjectNode summary(StoryQueries.Summary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("articles", s.articles());
        o.put("outlets", s.outlets());
        o.put("first", s.first());
        o.put("last", s.last());
        o.put("title", s.title());
        return o;
    }

    public static ObjectNode report(StoryReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        Map<String, String> outlets = new HashMap<>();
        ArrayNode articles = o.putArray("articles");
        for (StoryReport.Entry e : r.articles()) {
            Article a = e.article();
            StoryQueries.Member m = e.joined();
            outlets.put(Long.toString(e.pageId()), a.outlet());
            ObjectNode n = articles.addObject();
            n.put("article", e.pageId()).put("source", a.source()).put("outlet", a.outlet()).put("published", a.published())
                    .put("title", a.title()).put("url", a.url()).put("credited_source", a.creditedSource());
            n.putPOJO("linked_to", m.linkedTo()).putPOJO("near_duplicate_of", m.nearDuplicateOf());
            n.put("jaccard", round(m.jaccard())).put("word_jaccard", round(m.wordJaccard()))
                    .put("shared_statements", m.sharedStatements()).put("shared_entities", m.sharedEntities());
        }
        Provenance p = r.provenance();
        ObjectNode provenance = o.putObject("provenance");
        ArrayNode origins = provenance.putArray("origins");
        for (Origin origin : p.origins()) {
            origins.addObject().put("article", Long.parseLong(origin.articleId())).put("kind", origin.kind().name().toLowerCase(Locale.ROOT))
                    .put("venue", origin.venue()).put("evidence", origin.evidence());
        }
        provenance.set("first", report(p.first()));
        ArrayNode later = provenance.putArray("later");
        p.later().forEach(l -> later.add(report(l)));
        ArrayNode aligned = o.putArray("aligned");
        for (AlignedStatement s : p.aligned()) {
            ObjectNode n = aligned.addObject();
            n.set("first", said(s.first(), outlets, s.firstText()));
            n.set("second", said(s.second(), outlets, s.secondText()));
            n.put("similarity", round(s.similarity()));
            ArrayNode diff = n.putArray("diff");
            for (WordingDiff.Run run : s.diff().runs()) diff.addObject().put("side", run.side().name().toLowerCase(Locale.ROOT)).put("words", run.words());
        }
        Framing f = r.framing();
        ObjectNode framing = o.putObject("framing");
        ArrayNode framingOutlets = framing.putArray("outlets");
        f.outlets().forEach(framingOutlets::add);
        ArrayNode rows = framing.putArray("rows");
        for (Framing.Row row : f.rows()) {
            ObjectNode counts = rows.addObject().put("referent", row.referent()).put("term", row.term()).putObject("counts");
            f.outlets().forEach(outlet -> counts.put(outlet, row.count(outlet)));
        }
        return o;
    }

    private static ObjectNode report(Provenance.Report r) {
        return MAPPER.createObjectNode().put("article", Long.parseLong(r.articleId())).put("outlet", r.outlet())
                .put("published", r.published().toString()).put("lag_seconds", r.lag().toSeconds());
    }

    private static ObjectNode said(String articleId, Map<String, String> outlets, StoryStatement s) {
        return MAPPER.createObjectNode().put("article", Long.parseLong(articleId)).put("outlet", outlets.get(articleId))
                .put("speaker", s.speaker()).put("text", s.text());
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
