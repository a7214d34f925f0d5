package io.newsgraph.app.web;

import io.javalin.http.Context;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;

/**
 * The filters every listing takes: {@code outlet}, {@code from}, {@code to} (yyyy-MM-dd) and {@code entity}
 * (an id such as E17, or any spelling of a name), and for searches {@code story} (an id such as S12), read from
 * the query string.
 */
record Filters(String outlet, String from, String to, String entity, String story) {

    /** Reads the filters; the entity is resolved to its id, and one that names no entity is a 400. */
    static Filters of(Context ctx, NewsStore db) throws StoreException {
        String outlet = Params.text(ctx, "outlet");
        String from = Params.date(ctx, "from");
        String to = Params.date(ctx, "to");
        String asked = Params.text(ctx, "entity");
        String entity = null;
        if (asked != null) {
            entity = new EntityQueries(db).find(asked);
            if (entity == null) throw ApiException.badRequest("entity: no entity named " + asked);
        }
        String story = Params.text(ctx, "story");
        if (story != null && !story.matches("[Ss]\\d{1,18}")) throw ApiException.badRequest("story: not a story id (S12): " + story);
        return new Filters(outlet, from, to, entity, story == null ? null : story.toUpperCase(java.util.Locale.ROOT));
    }
}
