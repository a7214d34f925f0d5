package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsgraph.app.Json;
import io.newsgraph.store.QuoteHit;
import io.newsgraph.store.SpeakerQuery;
import io.newsgraph.store.StatementSearch;
import io.newsgraph.store.StoreException;
import java.util.List;

/** {@code GET /api/v1/statements?speaker=NAME}: a speaker's statements, newest first, as {@code quotes --json}. */
final class StatementsApi {
    private final Stores stores;

    StatementsApi(Stores stores) {
        this.stores = stores;
    }

    void bySpeaker(Context ctx) throws StoreException {
        String speaker = Params.required(ctx, "speaker");
        String outlet = Params.text(ctx, "outlet");
        String from = Params.date(ctx, "from");
        String to = Params.date(ctx, "to");
        int limit = Params.limit(ctx, 100, 1000);
        List<QuoteHit> hits = stores.read(db -> new StatementSearch(db).bySpeaker(new SpeakerQuery(speaker, outlet, from, to, limit)));
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("statements");
        for (QuoteHit h : hits) list.add(Json.quoteNode(h).put("article_id", h.articleId()));
        Answers.json(ctx, body);
    }
}
