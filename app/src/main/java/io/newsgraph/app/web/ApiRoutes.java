package io.newsgraph.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsgraph.app.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The JSON API under {@code /api/v1/}; {@code openapi.json} (a classpath resource) describes every route here. */
final class ApiRoutes {
    static final String PREFIX = "/api/v1";

    private final ArticlesApi articles;
    private final SearchApi search;
    private final StatementsApi statements;
    private final EntitiesApi entities;
    private final IngestApi ingest;
    private final StoriesApi stories;
    private final String token;
    private final StaticAssets assets;

    ApiRoutes(Stores stores, SearchApi search, StoriesApi stories, StaticAssets assets, ServerConfig config) {
        this.stories = stories;
        this.assets = assets;
        this.articles = new ArticlesApi(stores);
        this.search = search;
        this.statements = new StatementsApi(stores);
        this.entities = new EntitiesApi(stores);
        this.ingest = new IngestApi(stores, config.maxBodyBytes());
        this.token = config.token();
    }

    void register(Javalin app) {
        app.before(PREFIX + "/*", this::guardWrites);
        app.get(PREFIX + "/health", ctx -> Answers.json(ctx, Json.object().put("status", "ok")));
        app.get(PREFIX + "/articles", articles::list);
        app.get(PREFIX + "/articles/{id}", articles::one);
        app.get(PREFIX + "/search", search::search);
        app.get(PREFIX + "/statements", statements::bySpeaker);
        app.get(PREFIX + "/entities", entities::list);
        app.get(PREFIX + "/entities/{id}", entities::one);
        app.get(PREFIX + "/stories", stories::list);
        app.get(PREFIX + "/stories/{id}", stories::one);
        app.post(PREFIX + "/ingest", ingest::ingest);
        app.get(PREFIX + "/openapi.json", ctx -> assets.serve(ctx, "openapi.json"));
    }

    /**
     * Writes need the bearer token when the server has one. Without one (loopback only), a write is still
     * refused when a browser says it comes from another site's page, which could otherwise post to localhost.
     */
    private void guardWrites(Context ctx) {
        if (!ctx.method().name().equals("POST")) return;
        if (token != null) {
            String auth = ctx.header("Authorization");
            String expected = "Bearer " + token;
            boolean ok = auth != null && MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
            if (!ok) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "Authorization: want 'Bearer TOKEN' with the server's token");
            }
            return;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && (host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host)))) {
            throw new ApiException(403, "Origin: writes from another site's page are refused");
        }
    }
}
