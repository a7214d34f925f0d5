package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsgraph.app.Json;
import io.newsgraph.app.StoryJson;
import io.newsgraph.pipeline.StoryReport;
import io.newsgraph.pipeline.StoryReports;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoryQueries;
import io.newsgraph.stories.FramingLexicon;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.stories.SentenceEncoder;
import java.util.List;

/** {@code GET /api/v1/stories} (as {@code stories --json}) and {@code GET /api/v1/stories/{id}} (as {@code story --json}). */
final class StoriesApi {
    private final Stores stores;
    /** Loaded on the first story asked for (the model takes a while), then shared; reports are made one at a time. */
    private SentenceEncoder encoder;

    StoriesApi(Stores stores) {
        this.stores = stores;
    }

    void list(Context ctx) throws StoreException {
        int limit = Params.limit(ctx, 50, 1000);
        int min = minArticles(ctx);
        List<StoryQueries.Summary> list = stores.read(db -> new StoryQueries(db).list(min, limit));
        ObjectNode body = Json.object();
        ArrayNode out = body.putArray("stories");
        for (StoryQueries.Summary s : list) out.add(StoryJson.summary(s));
        Answers.json(ctx, body);
    }

    void one(Context ctx) throws StoreException {
        Answers.json(ctx, StoryJson.report(report(ctx.pathParam("id"))));
    }

    /** One story's report; a 404 when there is none by that id. Shared with the story page. */
    synchronized StoryReport report(String id) throws StoreException {
        if (encoder == null) encoder = new MiniLmEncoder();
        SentenceEncoder shared = encoder;
        return stores.read(db -> new StoryReports(db, shared, FramingLexicon.middleEast()).report(id))
                .orElseThrow(() -> ApiException.notFound("no story " + id));
    }

    private static int minArticles(Context ctx) {
        String v = Params.text(ctx, "min_articles");
        if (v == null) return 2; // as the stories command: a story of one article is no cross-outlet story
        if (v.matches("\\d{1,4}") && Integer.parseInt(v) >= 1) return Integer.parseInt(v);
        throw ApiException.badRequest("min_articles: want a whole number from 1, not " + v);
    }
}
