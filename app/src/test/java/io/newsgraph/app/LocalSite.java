package io.newsgraph.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web site on 127.0.0.1 for CLI tests: fixed documents with an ETag (a matching If-None-Match gets 304),
 * 404 for anything else, and a count of requests per path. Core's fetch tests have the faults; this only
 * has to be real enough for the commands.
 */
final class LocalSite implements AutoCloseable {
    private record Doc(String type, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            Doc doc = docs.get(path);
            byte[] body = doc == null ? "not found".getBytes(StandardCharsets.UTF_8) : doc.body();
            String etag = "\"" + java.util.Arrays.hashCode(body) + "\"";
            if (doc != null && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("Content-Type", doc == null ? "text/plain" : doc.type());
                if (doc != null) ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(doc == null ? 404 : 200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            ex.close();
        });
        server.start();
    }

    LocalSite put(String path, String type, String body) {
        docs.put(path, new Doc(type, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
