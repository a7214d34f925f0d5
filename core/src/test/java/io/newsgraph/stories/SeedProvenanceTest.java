package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provenance of the gold story with two outlets. Its statements aligned across them: each phrase the
 * gold notes name as shared must pair the statement of one outlet that holds it with the statement of the
 * other that holds it, although the second outlet words them differently. Its first report and the lag of
 * the second follow the gold publication times; the interview the first report names is an origin.
 */
class SeedProvenanceTest {
    private static final List<String> SHARED_PHRASES = List.of("the moment of final victory", "long-term confrontation");
    private static List<StoryArticle> story;
    private static List<AlignedStatement> aligned;
    private static Provenance provenance;
    private static Map<String, JsonNode> goldDocuments = new java.util.HashMap<>();

    @BeforeAll
    static void align() throws IOException {
        Map<String, StoryArticle> articles = SeedStories.articles();
        story = new ArrayList<>();
        for (JsonNode s : SeedStories.gold().get("stories")) {
            if (s.get("files").size() > 1) s.get("files").forEach(f -> story.add(articles.get(f.asText())));
        }
        StatementAligner aligner = new StatementAligner(new MiniLmEncoder());
        aligned = aligner.alignStory(story);
        provenance = new ProvenanceTracer(aligner).trace(story);
        SeedStories.gold().get("documents").forEach(d -> goldDocuments.put(d.get("file").asText(), d));
        System.out.println(provenance.origins());
        System.out.println(provenance.first() + " " + provenance.later());
        new FramingCounter(FramingLexicon.middleEast()).count(story).rows().forEach(System.out::println);
        for (AlignedStatement a : aligned) {
            System.out.printf("%.2f  %s%n      %s%n      %s%n", a.similarity(), a.firstText().text(), a.secondText().text(), a.diff().runs());
        }
    }

    @Test
    void theGoldStoryHasTwoOutlets() {
        assertThat(story).hasSize(2);
        assertThat(story.get(0).outlet()).isNotEqualTo(story.get(1).outlet());
    }

    @Test
    void pairsTheStatementsEachSharedPhraseIsIn() {
        for (String phrase : SHARED_PHRASES) {
            List<StoryStatement> holders = story.stream().map(a -> holding(a, phrase)).toList();
            assertThat(aligned).as(phrase).anySatisfy(a -> {
                assertThat(a.firstText()).isIn(holders);
                assertThat(a.secondText()).isIn(holders);
            });
        }
    }

    @Test
    void everyStatementIsUsedOnce() {
        assertThat(aligned.stream().map(AlignedStatement::firstText).distinct().count()).isEqualTo(aligned.size());
        assertThat(aligned.stream().map(AlignedStatement::secondText).distinct().count()).isEqualTo(aligned.size());
    }

    /** The one statement of the article whose text holds the phrase. */
    private static StoryStatement holding(StoryArticle a, String phrase) {
        List<StoryStatement> found = a.statements().stream()
                .filter(s -> s.text().toLowerCase(Locale.ROOT).contains(phrase)).toList();
        assertThat(found).as(a.id() + " statements holding '" + phrase + "'").hasSize(1);
        return found.get(0);
    }

    @Test
    void firstReportAndLagFollowTheGoldPublicationTimes() {
        List<JsonNode> byTime = story.stream().map(a -> goldDocuments.get(a.id()))
                .sorted(java.util.Comparator.comparing(d -> d.get("published").asText())).toList();
        assertThat(provenance.first().articleId()).isEqualTo(byTime.get(0).get("file").asText());
        assertThat(provenance.later()).singleElement().satisfies(r -> {
            assertThat(r.articleId()).isEqualTo(byTime.get(1).get("file").asText());
            assertThat(r.lag()).isEqualTo(java.time.Duration.between(
                    java.time.LocalDateTime.parse(byTime.get(0).get("published").asText()),
                    java.time.LocalDateTime.parse(byTime.get(1).get("published").asText())));
        });
    }

    @Test
    void theInterviewTheFirstReportCreditsIsAnOrigin() {
        String credited = goldDocuments.get(provenance.first().articleId()).get("credited_source").asText();
        assertThat(provenance.origins()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(Origin.Kind.INTERVIEW);
            assertThat(o.venue()).containsIgnoringCase(credited);
            assertThat(o.articleId()).isEqualTo(provenance.first().articleId());
        });
    }

    @Test
    void framingShowsEachOutletsTermsSideBySide() {
        Framing framing = new FramingCounter(FramingLexicon.middleEast()).count(story);
        assertThat(framing.outlets()).containsExactly(provenance.first().outlet(), provenance.later().get(0).outlet());
        // descriptive: the two outlets name Israel's state and forces with different sets of terms
        java.util.Set<String> first = new java.util.HashSet<>(), second = new java.util.HashSet<>();
        for (Framing.Row r : framing.rows()) {
            if (!r.referent().startsWith("Israel")) continue;
            if (r.count(framing.outlets().get(0)) > 0) first.add(r.term());
            if (r.count(framing.outlets().get(1)) > 0) second.add(r.term());
        }
        assertThat(first).isNotEqualTo(second);
    }
}
