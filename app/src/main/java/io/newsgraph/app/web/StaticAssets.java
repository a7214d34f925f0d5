package io.newsgraph.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The stylesheet, the script and the OpenAPI description, read once from the classpath ({@code /web/}). Only
 * the names listed here are served, so no request path can reach another file.
 */
final class StaticAssets {
    private record Asset(String contentType, byte[] bytes) {}

    private static final Map<String, String> TYPES = Map.of(
            "style.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "openapi.json", "application/json; charset=utf-8");

    private final Map<String, Asset> assets;

    StaticAssets() {
        Map<String, Asset> loaded = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> loaded.put(name, new Asset(type, read("/web/" + name))));
        assets = Map.copyOf(loaded);
    }

    /** Answers with the named asset; false when there is none by that name. */
    boolean serve(Context ctx, String name) {
        Asset a = assets.get(name);
        if (a == null) return false;
        ctx.header("Cache-Control", "public, max-age=3600").contentType(a.contentType()).result(a.bytes());
        return true;
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource + " (a broken build)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
