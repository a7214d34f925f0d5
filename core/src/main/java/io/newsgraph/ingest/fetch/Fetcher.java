package io.newsgraph.ingest.fetch;

import io.newsgraph.ingest.BoundedBytes;
import io.newsgraph.ingest.PageReadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * GETs URLs politely: robots.txt first, at most one request per host per delay, bounded retries with
 * exponential backoff on 5xx, 429 and timeouts, a body cap that aborts the download, and redirects
 * followed by hand so that a loop is caught at its first repeat. Thread-safe.
 */
public final class Fetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    // one daemon thread that aborts body downloads slower than the read timeout: the JDK client's own
    // timeout ends when the headers arrive
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final FetchOptions options;
    private final HttpClient client;
    private final HostDelays delays;
    private final RobotsCache robots;

    public Fetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.delays = new HostDelays(options.hostDelay());
        this.robots = new RobotsCache(options.robotsName(), url -> follow(url, Conditional.NONE, false));
    }

    /** A 200 (or a 304 when {@code since} matched), after redirects; anything else is thrown. */
    public Fetched get(URI url, Conditional since) throws FetchException {
        return follow(url, since, true);
    }

    private Fetched follow(URI url, Conditional since, boolean checkRobots) throws FetchException {
        Set<URI> seen = new HashSet<>();
        URI current = url;
        for (int hops = 0; ; hops++) {
            if (checkRobots && !robots.allows(current)) {
                throw new FetchException("disallowed by robots.txt" + (current.equals(url) ? "" : " (" + current + ")"), 0, false);
            }
            seen.add(current);
            Fetched f = withRetries(current, since);
            if (!REDIRECTS.contains(f.status())) return f;
            URI next = f.url();
            if (seen.contains(next)) throw new FetchException("redirect loop at " + next, f.status(), false);
            if (hops >= options.maxRedirects()) {
                throw new FetchException("too many redirects (over " + options.maxRedirects() + ")", f.status(), false);
            }
            current = next;
        }
    }

    private Fetched withRetries(URI url, Conditional since) throws FetchException {
        long backoff = options.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(url, since);
            } catch (FetchException e) {
                if (!e.isTransient() || attempt >= options.attempts()) {
                    throw attempt > 1 ? new FetchException(e.getMessage() + " (after " + attempt + " attempts)",
                            e.status(), e.isTransient()) : e;
                }
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", 0, true);
            }
            backoff *= 2;
        }
    }

    /** One request; a redirect comes back as a {@link Fetched} whose url is the resolved Location. */
    private Fetched once(URI url, Conditional since) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(options.readTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
        if (since.etag() != null) request.header("If-None-Match", since.etag());
        if (since.lastModified() != null) request.header("If-Modified-Since", since.lastModified());
        HttpResponse<InputStream> response;
        try {
            delays.await(url);
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(String.format("timed out after %.1f s", options.readTimeout().toMillis() / 1000.0), 0, true);
        } catch (IOException e) {
            throw new FetchException("no response: " + e, 0, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", 0, true);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a fetchable URL: " + e.getMessage(), 0, false);
        }
        int status = response.statusCode();
        var headers = response.headers();
        Instant at = Instant.now();
        try (InputStream body = response.body()) {
            if (REDIRECTS.contains(status)) {
                String location = headers.firstValue("Location")
                        .orElseThrow(() -> new FetchException("HTTP " + status + " without a Location", status, false));
                return new Fetched(url.resolve(location.strip()), status, new byte[0], null, null, null, at);
            }
            if (status == 304) return new Fetched(url, status, new byte[0], null, null, null, at);
            if (status >= 500 || status == 429) throw new FetchException("HTTP " + status, status, true);
            if (status < 200 || status > 299) throw new FetchException("HTTP " + status, status, false);
            return new Fetched(url, status, read(body), headers.firstValue("ETag").orElse(null),
                    headers.firstValue("Last-Modified").orElse(null), headers.firstValue("Content-Type").orElse(null), at);
        } catch (IOException e) {
            // the watchdog closed a body slower than the read timeout, or the connection dropped
            throw new FetchException("body cut off (slow or dropped): " + e.getMessage(), status, true);
        }
    }

    private byte[] read(InputStream body) throws FetchException, IOException {
        ScheduledFuture<?> abort = WATCHDOG.schedule(() -> {
            try {
                body.close();
            } catch (IOException ignored) {
                // the reader sees the stream closed and reports it
            }
        }, options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return BoundedBytes.read(body, options.maxBytes());
        } catch (PageReadException e) {
            throw new FetchException(e.getMessage(), 200, false);
        } finally {
            abort.cancel(false);
        }
    }
}
