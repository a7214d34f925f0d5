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
 * The statements of the gold story with two outlets, aligned across them: each phrase the gold notes name
 * as shared must pair the statement of one outlet that holds it with the statement of the other that holds
 * it, although the second outlet words them differently.
 */
class SeedAlignmentTest {
    private static final List<String> SHARED_PHRASES = List.of("the moment of final victory", "long-term confrontation");
    private static List<StoryArticle> story;
    private static List<AlignedStatement> aligned;

    @BeforeAll
    static void align() throws IOException {
        Map<String, StoryArticle> articles = SeedStories.articles();
        story = new ArrayList<>();
        for (JsonNode s : SeedStories.gold().get("stories")) {
            if (s.get("files").size() > 1) s.get("files").forEach(f -> story.add(articles.get(f.asText())));
        }
        aligned = new StatementAligner(new MiniLmEncoder()).alignStory(story);
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
}
