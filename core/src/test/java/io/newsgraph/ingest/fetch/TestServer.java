package io.newsgraph.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 (a free port) for fetch tests, with the faults a crawler meets: each
 * path gets a {@link Route}; every request is logged with its path, time and validators.
 */
public final class TestServer implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** A request as received. */
    public record Hit(String path, long nanos, String userAgent, String ifNoneMatch) {}

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.add(new Hit(path, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("If-None-Match")));
            Route route = routes.get(path);
            try {
                if (route == null) send(ex, 404, "text/plain", "not found");
                else route.handle(ex);
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to answer
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** A page or feed with an ETag; a request with that ETag gets 304. */
    public TestServer content(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        return route(path, ex -> {
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                send(ex, 200, contentType, body);
            }
        });
    }

    public TestServer status(String path, int status) {
        return route(path, ex -> send(ex, status, "text/plain", "status " + status));
    }

    public TestServer redirect(String path, String to) {
        return route(path, ex -> {
            ex.getResponseHeaders().set("Location", to);
            ex.sendResponseHeaders(302, -1);
        });
    }

    /** Answers only after {@code millis}: a read timeout shorter than that fires. */
    public TestServer slow(String path, long millis) {
        return route(path, ex -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", "<html><body><p>late</p></body></html>");
        });
    }

    /** An HTML body of {@code bytes} bytes, streamed without a length. */
    public TestServer huge(String path, long bytes) {
        return route(path, ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(1000)
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < bytes; sent += chunk.length) out.write(chunk);
            }
        });
    }

    /** How many requests asked for {@code path}. */
    public int count(String path) {
        return (int) hits.stream().filter(h -> h.path().equals(path)).count();
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
    }

    /** A counter for routes that change their answer (500 twice, then 200). */
    public static AtomicInteger counter() {
        return new AtomicInteger();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
