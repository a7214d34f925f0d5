package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsgraph.app.Json;
import io.newsgraph.store.ArticleSearch;
import io.newsgraph.store.SearchFacets;
import io.newsgraph.store.SearchHit;
import io.newsgraph.store.SearchQuery;
import io.newsgraph.store.StoreException;
import java.util.List;

/**
 * {@code GET /api/v1/search}: ranked hits with snippets (matches in {@code <mark>}, as {@code search --json}),
 * and the counts of the matches by outlet and by entity, to narrow the search with (over the newest
 * {@link SearchFacets#MAX_COUNTED} matches when there are more: {@code facets_counted} says how many).
 */
final class SearchApi {
    static final int MAX_ENTITY_FACETS = 15;
    private final Stores stores;

    SearchApi(Stores stores) {
        this.stores = stores;
    }

    /** The hits of one search with its facets. */
    record Result(SearchQuery query, List<SearchHit> hits, SearchFacets.Facets facets) {}

    /** Runs the search the query string asks for; shared with the search page. */
    Result run(Context ctx, String open, String close) throws StoreException {
        String q = Params.required(ctx, "q");
        int limit = Params.limit(ctx, 20, 100);
        return stores.read(db -> {
            Filters f = Filters.of(ctx, db);
            SearchQuery query = new SearchQuery(q, f.outlet(), f.from(), f.to(), f.entity(), f.story(), limit);
            return new Result(query, new ArticleSearch(db, open, close).search(query),
                    new SearchFacets(db).of(query, MAX_ENTITY_FACETS));
        });
    }

    void search(Context ctx) throws StoreException {
        Result r = run(ctx, "<mark>", "</mark>");
        ObjectNode body = Json.object();
        body.put("query", r.query().text());
        body.put("total", r.facets().total());
        body.put("facets_counted", r.facets().counted());
        ArrayNode hits = body.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode hit = Json.object().put("id", h.articleId());
            hit.setAll(Json.hitNode(h));
            hits.add(hit);
        }
        ObjectNode facets = body.putObject("facets");
        facets(facets.putArray("outlet"), r.facets().outlets());
        facets(facets.putArray("entity"), r.facets().entities());
        facets(facets.putArray("story"), r.facets().stories());
        Answers.json(ctx, body);
    }

    private static void facets(ArrayNode out, List<SearchFacets.Facet> facets) {
        for (SearchFacets.Facet f : facets) out.addObject().put("value", f.value()).put("label", f.label()).put("count", f.count());
    }
}
