package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsgraph.app.EntityTypeNames;
import io.newsgraph.app.Json;
import io.newsgraph.entities.EntityType;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.StoreException;
import java.util.List;

/** {@code GET /api/v1/entities} (as {@code entities --json}) and {@code GET /api/v1/entities/{idOrName}} (as {@code entity --json}). */
final class EntitiesApi {
    private final Stores stores;

    EntitiesApi(Stores stores) {
        this.stores = stores;
    }

    void list(Context ctx) throws StoreException {
        String typeName = Params.text(ctx, "type");
        EntityType type = typeName == null ? null : EntityTypeNames.parse(typeName);
        if (typeName != null && type == null) throw ApiException.badRequest("type: want person, org or place, not " + typeName);
        int limit = Params.limit(ctx, 100, 1000);
        List<EntityQueries.Summary> list = stores.read(db -> new EntityQueries(db).list(type, limit));
        ObjectNode body = Json.object();
        ArrayNode out = body.putArray("entities");
        for (EntityQueries.Summary s : list) out.add(Json.entityNode(s));
        Answers.json(ctx, body);
    }

    void one(Context ctx) throws StoreException {
        Answers.json(ctx, Json.profileNode(profile(stores, ctx.pathParam("id"))));
    }

    /** The profile of the entity an id or any spelling names; a 404 when none. Shared with the entity page. */
    static EntityQueries.Profile profile(Stores stores, String idOrName) throws StoreException {
        EntityQueries.Profile p = stores.read(db -> {
            EntityQueries q = new EntityQueries(db);
            String id = q.find(idOrName);
            return id == null ? null : q.profile(id);
        });
        if (p == null) throw ApiException.notFound("no entity named " + idOrName);
        return p;
    }
}
