package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FramingCounterTest {
    private static StoryArticle article(String id, String outlet, int hour, String text) {
        return new StoryArticle(id, outlet, LocalDateTime.of(2025, 3, 4, hour, 0), "", text, List.of(), List.of(), null);
    }

    @Test
    void countsEachOutletsTermsLongestFirstWithoutOverlap() {
        Framing f = new FramingCounter(FramingLexicon.middleEast()).count(List.of(
                article("b", "Evening Post", 12, "The Zionist regime said five were martyred; the Zionist  regime denied it."),
                article("a", "Daily One", 9, "Israel said five people were killed. The Israeli occupation forces withdrew.")));
        assertThat(f.outlets()).containsExactly("Daily One", "Evening Post");
        assertThat(f.rows()).extracting(Framing.Row::term, Framing.Row::countsByOutlet).contains(
                org.assertj.core.groups.Tuple.tuple("Israel", Map.of("Daily One", 1)),
                org.assertj.core.groups.Tuple.tuple("Israeli occupation forces", Map.of("Daily One", 1)),
                org.assertj.core.groups.Tuple.tuple("Zionist regime", Map.of("Evening Post", 2)),
                org.assertj.core.groups.Tuple.tuple("killed", Map.of("Daily One", 1)),
                org.assertj.core.groups.Tuple.tuple("martyred", Map.of("Evening Post", 1)));
        assertThat(f.rows()).extracting(Framing.Row::term).doesNotContain("the occupation", "occupation forces");
    }
}
