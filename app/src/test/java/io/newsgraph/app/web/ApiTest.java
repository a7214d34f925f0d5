package io.newsgraph.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.app.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read side of the JSON API over the seed store: shapes, filters, the cursor, and the 4xx answers. */
class ApiTest {
    static final String API = "/api/v1";
    static String base;

    @BeforeAll
    static void start() {
        base = SeedServer.url() + API;
    }

    private static JsonNode ok(String path) {
        Http r = Http.get(base + path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json();
    }

    private static void refused(String path, int status, String errorMentions) {
        Http r = Http.get(base + path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).as(path).contains(errorMentions);
    }

    /** Encoded for a query string or a path segment alike (a "+" is a space only in the query). */
    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void healthSaysOk() {
        assertThat(ok("/health").get("status").asText()).isEqualTo("ok");
    }

    @Test
    void everyRouteTheOpenApiDescriptionListsAnswers() throws IOException {
        JsonNode spec = ok("/openapi.json");
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        Map<String, String> samples = Map.of("{id}", "1");
        Set<String> described = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String sample = path.getKey().contains("entities") ? "E1" : path.getKey().contains("stories") ? storyOf13April() : samples.get("{id}");
            String url = SeedServer.url() + path.getKey().replace("{id}", sample);
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                described.add(method.toUpperCase() + " " + path.getKey());
                Http r = method.equals("post") ? Http.post(url, new byte[0]) : Http.get(url);
                // a route that exists answers for itself: 2xx, or a 4xx about its parameters, never "no such route"
                assertThat(r.status()).as(method + " " + url + ": " + r.body()).isNotIn(404, 405, 500);
                if (r.status() >= 400) assertThat(r.json().has("error")).isTrue();
            }
        }
        assertThat(described).containsExactlyInAnyOrder("GET /api/v1/health", "GET /api/v1/articles", "GET /api/v1/articles/{id}",
                "GET /api/v1/search", "GET /api/v1/statements", "GET /api/v1/entities", "GET /api/v1/entities/{id}",
                "GET /api/v1/stories", "GET /api/v1/stories/{id}", "POST /api/v1/ingest", "GET /api/v1/openapi.json");
    }

    @Test
    void articlesPageThroughTheCursorInAStableOrderWithoutRepeats() {
        JsonNode all = ok("/articles?limit=100");
        List<Long> expected = ids(all.get("articles"));
        assertThat(expected).hasSize(5);
        assertThat(all.get("next_cursor").isNull()).isTrue();
        List<String> dates = new ArrayList<>();
        all.get("articles").forEach(a -> dates.add(a.get("published").asText()));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<Long> paged = new ArrayList<>();
        String cursor = null;
        int slices = 0;
        do {
            JsonNode slice = ok("/articles?limit=2" + (cursor == null ? "" : "&cursor=" + q(cursor)));
            assertThat(slice.get("articles").size()).isLessThanOrEqualTo(2);
            paged.addAll(ids(slice.get("articles")));
            cursor = slice.get("next_cursor").isNull() ? null : slice.get("next_cursor").asText();
            slices++;
        } while (cursor != null && slices < 10);
        assertThat(slices).isEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void articlesFilterByOutletDatesAndEntity() {
        JsonNode mayadeen = ok("/articles?outlet=" + q("al mayadeen english"));
        assertThat(mayadeen.get("articles")).hasSize(2).allSatisfy(a -> assertThat(a.get("outlet").asText()).isEqualTo("Al Mayadeen English"));
        assertThat(ok("/articles?from=2024-01-01").get("articles")).hasSize(2);
        assertThat(ok("/articles?from=2023-01-01&to=2023-12-31").get("articles")).hasSize(2);
        assertThat(ok("/articles?entity=" + q("Nakhaleh")).get("articles")).hasSize(5);
        assertThat(ok("/articles?entity=" + q("Hezbollah")).get("articles").size()).isBetween(1, 4);
    }

    @Test
    void refusesBadParametersWithAJsonError() {
        refused("/articles?from=2024-13-01", 400, "from");
        refused("/articles?to=yesterday", 400, "to");
        refused("/articles?limit=0", 400, "limit");
        refused("/articles?limit=many", 400, "limit");
        refused("/articles?limit=101", 400, "limit");
        refused("/articles?cursor=bm90LWEtY3Vyc29y", 400, "cursor");
        refused("/articles?entity=" + q("Nobody Atall Xyzzy"), 400, "entity");
        refused("/search", 400, "q");
        refused("/search?q=victory&from=2024-02-30", 400, "from");
        refused("/statements", 400, "speaker");
        refused("/entities?type=planet", 400, "type");
        refused("/articles/999999", 404, "999999");
        refused("/articles/abc", 404, "abc");
        refused("/entities/" + q("Nobody Atall Xyzzy"), 404, "Nobody Atall Xyzzy");
        refused("/no-such-endpoint", 404, "no-such-endpoint");
    }

    @Test
    void oneArticleHoldsItsStatementsAndEntities() {
        long id = ids(ok("/articles?outlet=" + q(SeedServer.ITS_OUTLET)).get("articles")).get(0);
        JsonNode a = ok("/articles/" + id);
        assertThat(a.get("id").asLong()).isEqualTo(id);
        assertThat(a.get("outlet").asText()).isEqualTo(SeedServer.ITS_OUTLET);
        assertThat(a.get("text").asText()).contains("final victory");
        assertThat(a.get("statements").size()).isPositive();
        assertThat(a.get("statements")).anySatisfy(st -> {
            assertThat(st.get("speaker").asText()).isEqualTo("Ziyad al-Nakhalah");
            assertThat(st.get("speaker_entity").asText()).matches("E\\d+");
        });
        assertThat(a.get("entities")).anySatisfy(e -> assertThat(e.get("name").asText()).isEqualTo("Ziyad al-Nakhalah"));
    }

    @Test
    void searchGivesRankedHitsWithMarkedSnippetsAndFacetCounts() {
        JsonNode r = ok("/search?q=" + q("\"final victory\""));
        assertThat(r.get("total").asLong()).isEqualTo(r.get("hits").size()).isGreaterThanOrEqualTo(2);
        assertThat(r.get("hits")).allSatisfy(h -> {
            assertThat(h.get("snippet").asText()).containsIgnoringCase("<mark>final victory</mark>");
            assertThat(h.get("id").asLong()).isPositive();
        });
        long byOutlet = 0;
        for (JsonNode f : r.get("facets").get("outlet")) byOutlet += f.get("count").asLong();
        assertThat(byOutlet).isEqualTo(r.get("total").asLong()).isEqualTo(r.get("facets_counted").asLong());
        JsonNode entityFacets = r.get("facets").get("entity");
        assertThat(entityFacets).anySatisfy(f -> assertThat(f.get("label").asText()).isEqualTo("Ziyad al-Nakhalah"));

        String outlet = r.get("facets").get("outlet").get(0).get("value").asText();
        JsonNode narrowed = ok("/search?q=" + q("\"final victory\"") + "&outlet=" + q(outlet));
        assertThat(narrowed.get("hits")).allSatisfy(h -> assertThat(h.get("outlet").asText()).isEqualTo(outlet));
        assertThat(narrowed.get("total").asLong()).isEqualTo(r.get("facets").get("outlet").get(0).get("count").asLong());
        JsonNode byEntity = ok("/search?q=resistance&entity=" + q("Hezbollah"));
        JsonNode hezbollah = ok("/search?q=resistance").get("facets").get("entity");
        for (JsonNode f : hezbollah) {
            if (f.get("label").asText().equals("Hezbollah")) assertThat(byEntity.get("total").asLong()).isEqualTo(f.get("count").asLong());
        }
    }

    @Test
    void statementsBySpeakerComeFromAllFourOutlets() {
        JsonNode r = ok("/statements?speaker=Nakhaleh&limit=1000");
        Set<String> outlets = new HashSet<>();
        r.get("statements").forEach(st -> {
            outlets.add(st.get("outlet").asText());
            assertThat(st.get("article_id").asLong()).isPositive();
        });
        assertThat(outlets).containsExactlyInAnyOrder("Al Mayadeen English", "MEMRI", "The Office of the Supreme Leader", SeedServer.ITS_OUTLET);
        assertThat(ok("/statements?speaker=Nakhaleh&limit=3").get("statements")).hasSize(3);
    }

    @Test
    void entitiesListByTypeAndAProfileIsWhatTheCliPrints() throws IOException {
        JsonNode persons = ok("/entities?type=person&limit=5");
        assertThat(persons.get("entities")).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("person"));
        JsonNode profile = ok("/entities/" + q("Nakhaleh"));
        assertThat(profile.get("name").asText()).isEqualTo("Ziyad al-Nakhalah");
        assertThat(profile.get("statements_by_outlet").size()).isEqualTo(4);
        CliRun cli = CliRun.of("entity", "--db", SeedServer.db().toString(), "--json", "Nakhaleh");
        assertThat(cli.exit()).isZero();
        assertThat(profile).isEqualTo(new ObjectMapper().readTree(cli.out()));
        assertThat(ok("/entities/" + profile.get("id").asText())).isEqualTo(profile);
    }

    @Test
    void theOpenApiResourceIsValidJsonInTheJar() throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("/web/openapi.json")) {
            assertThat(in).isNotNull();
            assertThat(new ObjectMapper().readTree(in).get("paths").size()).isEqualTo(11);
        }
    }

    /** The id of the seeds' one story of two outlets: the interview of 13 April 2024 and its report of the 14th. */
    static String storyOf13April() {
        JsonNode stories = Http.get(base + "/stories").json().get("stories");
        assertThat(stories).hasSize(1);
        return stories.get(0).get("id").asText();
    }

    @Test
    void storiesListTheTwoOutletStoryAndItsReportAlignsTheirStatements() {
        String id = storyOf13April();
        JsonNode listed = ok("/stories").get("stories").get(0);
        assertThat(listed.get("articles").asInt()).isEqualTo(2);
        assertThat(listed.get("outlets").asInt()).isEqualTo(2);
        assertThat(ok("/stories?min_articles=1").get("stories").size()).isEqualTo(4);
        JsonNode story = ok("/stories/" + id);
        assertThat(story.get("articles")).extracting(a -> a.get("outlet").asText())
                .containsExactly("Al Mayadeen English", SeedServer.ITS_OUTLET);
        assertThat(story.get("aligned").size()).isPositive();
        assertThat(story.get("provenance").get("later").get(0).get("lag_seconds").asLong()).isPositive();
        assertThat(story.get("framing").get("outlets")).hasSize(2);
        long article = story.get("articles").get(1).get("article").asLong();
        assertThat(ok("/articles/" + article).get("story").asText()).isEqualTo(id);
        JsonNode search = ok("/search?q=" + q("\"final victory\""));
        assertThat(search.get("facets").get("story")).singleElement().satisfies(f -> {
            assertThat(f.get("value").asText()).isEqualTo(id);
            assertThat(f.get("count").asInt()).isEqualTo(2);
        });
        JsonNode inStory = ok("/search?q=" + q("\"final victory\"") + "&story=" + id);
        assertThat(inStory.get("total").asInt()).isEqualTo(2);
        assertThat(inStory.get("hits")).extracting(h -> h.get("outlet").asText())
                .containsExactlyInAnyOrder("Al Mayadeen English", SeedServer.ITS_OUTLET);
        refused("/search?q=victory&story=E1", 400, "story");
        refused("/stories/S999999", 404, "S999999");
        refused("/stories?min_articles=none", 400, "min_articles");
    }

    private static List<Long> ids(JsonNode articles) {
        List<Long> ids = new ArrayList<>();
        articles.forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }
}
