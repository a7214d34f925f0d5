package io.newsgraph.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web page's routes over HTTP: what each page holds, its headers, and what is never served. */
class PagesTest {
    static String base;

    @BeforeAll
    static void start() {
        base = SeedServer.url();
    }

    private static Http page(String path) {
        Http r = Http.get(base + path);
        assertThat(r.status()).as(path).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
        return r;
    }

    @Test
    void homeListsTheLatestArticlesAndPeople() {
        String html = page("/").body();
        assertThat(html).contains("<form class=\"search\"", "/article/", "/entity/", "Ziyad al-Nakhalah", "/static/style.css");
    }

    @Test
    void searchPageShowsHitsFacetsAndMarkedSnippets() {
        String html = page("/?q=final+victory").body();
        assertThat(html).contains("<mark>final</mark> <mark>victory</mark>", "<select name=\"outlet\"", "<select name=\"entity\"",
                "Kayhan International (1)", "value=\"final victory\"");
        String narrowed = page("/?q=final+victory&outlet=Kayhan+International").body();
        assertThat(narrowed).contains("1 article matches");
        assertThat(Http.get(base + "/?q=victory&from=someday").status()).isEqualTo(400);
    }

    @Test
    void entityPageDrawsTheTimelineAndListsStatementsWithTheirArticles() {
        String html = page("/entity/Nakhaleh").body();
        assertThat(html).contains("<h1 id=\"entity-name\">Ziyad al-Nakhalah</h1>", "<svg class=\"timeline\"", "<rect", "MEMRI",
                "Kayhan International", "Al Mayadeen English", "The Office of the Supreme Leader", "href=\"/article/");
        assertThat(html).contains("2024-04").contains("Secretary");
    }

    @Test
    void articlePageHighlightsStatementsAndLinksSpeakers() {
        String html = page("/article/1").body();
        assertThat(html).contains("<mark class=\"statement\"", "class=\"speaker\" href=\"/entity/E", "<a class=\"name\" href=\"/entity/E");
        Http missing = Http.get(base + "/article/424242");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(Http.get(base + "/entity/Nobody%20Atall%20Xyzzy").status()).isEqualTo(404);
    }

    @Test
    void servesOnlyItsOwnStaticFiles() {
        Http css = Http.get(base + "/static/style.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(Http.get(base + "/static/app.js").header("Content-Type")).startsWith("text/javascript");
        for (String probe : new String[] {"/static/../web/app.js", "/static/..%2Fweb%2Fapp.js", "/static/%2e%2e/pom.xml",
                "/static/web%2Fopenapi.json", "/static/", "/static/io/newsgraph/app/Main.class", "/web/style.css", "/../../etc/passwd"}) {
            Http r = Http.get(base + probe);
            assertThat(r.status()).as(probe).isIn(400, 404);
            assertThat(r.body()).as(probe).doesNotContain("root:", "addEventListener", "<project");
        }
    }
}
