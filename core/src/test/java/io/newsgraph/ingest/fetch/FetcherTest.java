package io.newsgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    // timeouts far above a loaded machine's response time, far below the slow routes' delays
    static final FetchOptions FAST = FetchOptions.DEFAULTS.withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500)).withRetries(3, Duration.ofMillis(10));

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPageWithItsValidatorsAndAClearUserAgent() throws Exception {
        server.content("/a", "text/html; charset=utf-8", "<html><body><p>hello</p></body></html>");
        Fetched f = new Fetcher(FAST).get(server.url("/a"), Conditional.NONE);
        assertThat(f.status()).isEqualTo(200);
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).contains("hello");
        assertThat(f.etag()).isNotNull();
        assertThat(f.mediaType()).contains("text/html");
        assertThat(server.hits()).last().satisfies(h -> assertThat(h.userAgent()).startsWith("newsgraph/").contains("+https://"));
    }

    @Test
    void aMatchingEtagGets304AndNoBody() throws Exception {
        server.content("/feed", "application/rss+xml", "<rss/>");
        Fetcher fetcher = new Fetcher(FAST);
        Fetched first = fetcher.get(server.url("/feed"), Conditional.NONE);
        Fetched second = fetcher.get(server.url("/feed"), new Conditional(first.etag(), null));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void aSlowServerTimesOutAfterBoundedRetries() {
        server.slow("/slow", 5000);
        assertThatThrownBy(() -> new Fetcher(FAST).get(server.url("/slow"), Conditional.NONE))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out").hasMessageContaining("after 3 attempts")
                .satisfies(e -> assertThat(((FetchException) e).isTransient()).isTrue());
    }

    @Test
    void aBodySlowerThanTheReadTimeoutIsCutOff() {
        server.route("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            var out = ex.getResponseBody();
            out.write("<html><body><p>first words".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThatThrownBy(() -> new Fetcher(FAST.withRetries(1, Duration.ZERO)).get(server.url("/trickle"), Conditional.NONE))
                .hasMessageStartingWith("body cut off (slow or dropped)");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenGivenUp() {
        server.status("/down", 500);
        assertThatThrownBy(() -> new Fetcher(FAST).get(server.url("/down"), Conditional.NONE))
                .hasMessage("HTTP 500 (after 3 attempts)");
        assertThat(server.count("/down")).isEqualTo(3);
    }

    @Test
    void aServerErrorThatClearsIsRetriedIntoSuccess() throws Exception {
        var calls = TestServer.counter();
        server.route("/flaky", ex -> {
            if (calls.incrementAndGet() < 3) TestServer.send(ex, 503, "text/plain", "busy");
            else TestServer.send(ex, 200, "text/html", "<html><body><p>ok</p></body></html>");
        });
        assertThat(new Fetcher(FAST).get(server.url("/flaky"), Conditional.NONE).status()).isEqualTo(200);
    }

    @Test
    void notFoundIsNotRetried() {
        assertThatThrownBy(() -> new Fetcher(FAST).get(server.url("/missing"), Conditional.NONE))
                .hasMessage("HTTP 404")
                .satisfies(e -> assertThat(((FetchException) e).status()).isEqualTo(404));
        assertThat(server.count("/missing")).isEqualTo(1);
    }

    @Test
    void aRedirectLoopFailsAtItsFirstRepeat() {
        server.redirect("/loop/a", "/loop/b").redirect("/loop/b", "/loop/a");
        assertThatThrownBy(() -> new Fetcher(FAST).get(server.url("/loop/a"), Conditional.NONE))
                .hasMessageStartingWith("redirect loop at ").hasMessageEndingWith("/loop/a");
        assertThat(server.count("/loop/a")).isEqualTo(1);
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        server.content("/end", "text/html", "<html><body><p>end</p></body></html>");
        for (int i = 0; i < 7; i++) server.redirect("/r" + i, i == 6 ? "/end" : "/r" + (i + 1));
        assertThat(new Fetcher(FAST).get(server.url("/r3"), Conditional.NONE).url()).isEqualTo(server.url("/end"));
        assertThatThrownBy(() -> new Fetcher(FAST).get(server.url("/r0"), Conditional.NONE))
                .hasMessage("too many redirects (over 5)");
    }

    @Test
    void aBodyOverTheCapIsAborted() {
        server.huge("/huge", 50L * 1024 * 1024);
        assertThatThrownBy(() -> new Fetcher(FAST.withMaxBytes(1024 * 1024)).get(server.url("/huge"), Conditional.NONE))
                .hasMessageStartingWith("too large");
    }

    @Test
    void robotsTxtDisallowIsHonouredAndFetchedOncePerHost() throws Exception {
        server.content("/robots.txt", "text/plain", "User-agent: newsgraph\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
        server.content("/private/a", "text/html", "<html><body><p>secret</p></body></html>");
        server.content("/public/a", "text/html", "<html><body><p>open</p></body></html>");
        Fetcher fetcher = new Fetcher(FAST);
        assertThatThrownBy(() -> fetcher.get(server.url("/private/a"), Conditional.NONE)).hasMessage("disallowed by robots.txt");
        assertThat(fetcher.get(server.url("/public/a"), Conditional.NONE).status()).isEqualTo(200);
        assertThat(server.count("/private/a")).isZero();
        assertThat(server.count("/robots.txt")).isEqualTo(1);
    }

    @Test
    void requestsToOneHostKeepTheirDistance() throws Exception {
        server.content("/p", "text/html", "<html><body><p>x</p></body></html>");
        Fetcher fetcher = new Fetcher(FAST.withHostDelay(Duration.ofMillis(150)));
        // measured on the client, where the delay is kept: a loaded machine can only make it longer
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) fetcher.get(server.url("/p"), Conditional.NONE);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(300_000_000L);
    }
}
