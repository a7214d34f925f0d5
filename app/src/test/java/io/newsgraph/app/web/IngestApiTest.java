package io.newsgraph.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsgraph.app.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/v1/ingest on a store of its own: a page goes through the ingest pipeline and comes back as stored;
 * its untrusted markup never reaches a page unescaped; sizes, empty bodies, other sites' pages and tokens are refused.
 */
class IngestApiTest {
    private static final long LIMIT = 64 * 1024;
    private static final String HOSTILE_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends | The Harbor Times</title>
            <meta property="og:site_name" content="The Harbor Times"></head><body>
            <article><h1>Port strike ends <script>alert('headline')</script></h1>
            <p>Dockworkers at the city's main container port reached a tentative agreement with terminal operators on Sunday,
            ending a strike that had halted most cargo traffic for more than a week &lt;script&gt;alert('body')&lt;/script&gt; and
            the union's leader said the deal was fair.</p>
            <p>"We won what we came for," said Jane Roe, the union's president, adding that members would vote on Tuesday.</p>
            <p>Terminal operators said cargo would move again by Monday morning, after a week in which ships waited offshore.</p>
            </article></body></html>
            """;

    @TempDir static Path dir;
    static WebServer server;
    static WebServer guarded;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(new ServerConfig(dir.resolve("open"), "127.0.0.1", 0, null, LIMIT));
        guarded = WebServer.start(new ServerConfig(dir.resolve("guarded"), "127.0.0.1", 0, "s3cret-token", LIMIT));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        guarded.close();
    }

    private static String ingestUrl(String source) {
        return base + "/api/v1/ingest?source=" + java.net.URLEncoder.encode(source, StandardCharsets.UTF_8);
    }

    @Test
    void storesAPostedPageOnceAndItsMarkupStaysText() {
        Http first = Http.post(ingestUrl("harbor/strike.html"), HOSTILE_PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode answer = first.json();
        assertThat(answer.get("new").asInt()).isEqualTo(1);
        JsonNode article = answer.get("article");
        assertThat(article.get("source").asText()).isEqualTo("harbor/strike.html");
        assertThat(article.get("outlet").asText()).isEqualTo("The Harbor Times");
        assertThat(article.get("text").asText()).contains("<script>alert('body')</script>");
        assertThat(article.get("statements")).anySatisfy(st -> assertThat(st.get("speaker").asText()).isEqualTo("Jane Roe"));
        long id = article.get("id").asLong();

        Http again = Http.post(ingestUrl("elsewhere/same.html"), HOSTILE_PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(again.json().get("article").get("id").asLong()).isEqualTo(id);

        Http page = Http.get(base + "/article/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&apos;body&apos;)&lt;/script&gt;");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        Http search = Http.get(base + "/?q=alert");
        assertThat(search.body()).doesNotContain("<script>alert");
    }

    @Test
    void appliesTheOutletGivenToAPageThatNamesNone() throws IOException {
        String dump = "Publish Date : 2 March 2025 - 10:00\n\nFerry service resumes after storm\n\n"
                + "Ferry service between the islands resumed on Sunday after a two-day suspension, the operator said.\n"
                + "\"Crossings are running on the normal timetable,\" said Mark Hale, the operator's spokesman.\n";
        Http r = Http.post(ingestUrl("dumps/ferry.txt") + "&outlet=Island+Courier", gzip(dump.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("article").get("outlet").asText()).isEqualTo("Island Courier");
    }

    @Test
    void refusesEmptyOversizedAndUnnamedBodies() {
        Http empty = Http.post(ingestUrl("x.html"), new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("error").asText()).contains("body");

        Http noSource = Http.post(base + "/api/v1/ingest", HOSTILE_PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.json().get("error").asText()).contains("source");

        Http tooLarge = Http.post(ingestUrl("big.html"), new byte[(int) LIMIT + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("error").asText()).contains("larger than");

        // without a declared length (a chunked stream), the limit holds too
        Http chunked = Http.send(HttpRequest.newBuilder(URI.create(ingestUrl("big-stream.html"))).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(new byte[(int) LIMIT * 2]))));
        assertThat(chunked.status()).isEqualTo(413);

        Http binary = Http.post(ingestUrl("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0});
        assertThat(binary.status()).as(binary.body()).isEqualTo(422);
        assertThat(binary.json().get("failures").get(0).get("reason").asText()).isNotBlank();
    }

    @Test
    void refusesWritesFromAnotherSitesPage() {
        Http r = Http.post(ingestUrl("x.html"), HOSTILE_PAGE.getBytes(StandardCharsets.UTF_8), "Origin", "http://evil.example");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").asText()).contains("Origin");
    }

    @Test
    void aServerWithATokenWantsItForWritesOnly() {
        String url = "http://127.0.0.1:" + guarded.port() + "/api/v1/ingest?source=t.html";
        byte[] page = HOSTILE_PAGE.getBytes(StandardCharsets.UTF_8);
        assertThat(Http.post(url, page).status()).isEqualTo(401);
        assertThat(Http.post(url, page, "Authorization", "Bearer wrong").status()).isEqualTo(401);
        assertThat(Http.post(url, page, "Authorization", "Bearer s3cret-token").status()).isEqualTo(201);
        assertThat(Http.get("http://127.0.0.1:" + guarded.port() + "/api/v1/articles").status()).isEqualTo(200);
    }

    @Test
    void aServerReachableFromOtherMachinesNeedsAToken() {
        assertThatThrownBy(() -> new ServerConfig(dir, "0.0.0.0", 0, null, LIMIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
        assertThat(new ServerConfig(dir, "0.0.0.0", 0, "t", LIMIT).token()).isEqualTo("t");
        assertThat(ServerConfig.isLoopback("localhost")).isTrue();
        assertThat(ServerConfig.isLoopback("::1")).isTrue();
        if (System.getenv("NEWSGRAPH_TOKEN") == null) { // with it set, the command would start serving
            CliRun refused = CliRun.of("serve", "--db", dir.resolve("cli").toString(), "--bind", "0.0.0.0", "--port", "0");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("--token");
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
