package io.newsgraph.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.newsgraph.store.StoreException;

/**
 * The server of {@code newsgraph serve}: the JSON API and the web page over one store, on Javalin (Jetty).
 * Refusals are JSON on API paths and a page elsewhere; unexpected failures are a 500 without a stack trace.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final Stores stores;

    private WebServer(Javalin app, Stores stores) {
        this.app = app;
        this.stores = stores;
    }

    public static WebServer start(ServerConfig config) throws StoreException {
        // readers: enough for every core to be busy while others wait on the disk
        Stores stores = new Stores(config.storeDir(), Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        SearchApi search = new SearchApi(stores);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
        });
        StaticAssets assets = new StaticAssets();
        StoriesApi stories = new StoriesApi(stores);
        new ApiRoutes(stores, search, stories, assets, config).register(app);
        new PageRoutes(stores, search, stories, assets).register(app);
        app.exception(ApiException.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("newsgraph: " + ctx.method() + " " + ctx.path() + ": " + e);
            refuse(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) refuse(ctx, 404, "no such page: " + ctx.path());
        });
        try {
            app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
        return new WebServer(app, stores);
    }

    private static void refuse(Context ctx, int status, String message) {
        if (ctx.path().startsWith(ApiRoutes.PREFIX + "/")) Answers.error(ctx, status, message);
        else PageRoutes.error(ctx, status, message);
    }

    /** The port listened on (the one chosen when the config said 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() throws StoreException {
        app.stop();
        stores.close();
    }
}
