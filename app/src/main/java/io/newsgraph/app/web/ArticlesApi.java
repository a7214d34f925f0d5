package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsgraph.app.Json;
import io.newsgraph.store.ArticleListing;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import io.newsgraph.store.StoryQueries;

/** {@code GET /api/v1/articles} (filtered, newest first, a cursor per slice) and {@code GET /api/v1/articles/{id}}. */
final class ArticlesApi {
    private final Stores stores;

    ArticlesApi(Stores stores) {
        this.stores = stores;
    }

    void list(Context ctx) throws StoreException {
        int limit = Params.limit(ctx, 20, 100);
        ArticleListing.Cursor after = Cursors.decode(Params.text(ctx, "cursor"));
        ArticleListing.Slice slice = stores.read(db -> {
            Filters f = Filters.of(ctx, db);
            return new ArticleListing(db).list(new ArticleListing.Query(f.outlet(), f.from(), f.to(), f.entity(), after, limit));
        });
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("articles");
        for (ArticleListing.Item it : slice.items()) {
            items.addObject().put("id", it.id()).put("source", it.source()).put("title", it.title()).put("outlet", it.outlet())
                    .put("published", it.published()).put("dek", it.dek());
        }
        body.put("next_cursor", Cursors.encode(slice.next()));
        Answers.json(ctx, body);
    }

    void one(Context ctx) throws StoreException {
        long id = Params.articleId(ctx);
        ObjectNode article = stores.read(db -> {
            StoredArticles.Stored stored = new StoredArticles(db).stored(id);
            if (stored == null) return null;
            return Json.storedArticleNode(stored, ArticleNames.of(db, stored)::get, new StoryQueries(db).storyOf(stored.pageId()));
        });
        if (article == null) throw ApiException.notFound("no article " + id);
        ObjectNode body = Json.object().put("id", id);
        body.setAll(article);
        Answers.json(ctx, body);
    }
}
