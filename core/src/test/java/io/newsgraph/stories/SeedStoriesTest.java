package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed pages clustered as the store will cluster them, against the gold {@code stories}: the two
 * reports of one interview (the second without naming it, in another translation) form one story, and
 * every other page stands alone.
 */
class SeedStoriesTest {
    private static Map<String, StoryArticle> articles;
    private static Set<Set<String>> gold;

    @BeforeAll
    static void load() throws IOException {
        articles = SeedStories.articles();
        gold = new java.util.HashSet<>();
        for (JsonNode story : SeedStories.gold().get("stories")) {
            Set<String> files = new TreeSet<>();
            story.get("files").forEach(f -> files.add(f.asText()));
            gold.add(files);
        }
    }

    private static Set<Set<String>> cluster(List<StoryArticle> order) {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULTS, new MiniLmEncoder());
        Map<String, Set<String>> byStory = new HashMap<>();
        for (StoryArticle a : order) System.out.println("seed story: " + clusterer.add(a));
        for (StoryArticle a : order) byStory.computeIfAbsent(clusterer.storyOf(a.id()).orElseThrow(), k -> new TreeSet<>()).add(a.id());
        return new java.util.HashSet<>(byStory.values());
    }

    @Test
    void groupsTheSeedsAsGold() {
        assertThat(cluster(List.copyOf(articles.values()))).isEqualTo(gold);
    }

    @Test
    void groupingDoesNotDependOnArrivalOrder() {
        List<StoryArticle> reversed = new ArrayList<>(articles.values());
        java.util.Collections.reverse(reversed);
        assertThat(cluster(reversed)).isEqualTo(gold);
    }

    @Test
    void secondReportLinksThroughSharedStatementsNotACopy() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULTS, new MiniLmEncoder());
        List<StoryAssignment> all = articles.values().stream().map(clusterer::add).toList();
        Map<String, StoryAssignment> byId = all.stream().collect(Collectors.toMap(StoryAssignment::articleId, s -> s));
        StoryAssignment linked = all.stream().filter(s -> !s.startsStory()).findFirst().orElseThrow();
        assertThat(linked.nearDuplicate()).isEmpty();
        assertThat(linked.sharedStatements()).isGreaterThanOrEqualTo(2);
        assertThat(byId.get(linked.linkedTo()).startsStory()).isTrue();
    }
}
