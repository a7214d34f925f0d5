package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases, far from the seed pages, for each way an article joins a story or stays apart. */
class StoryClustererTest {
    private static final String BUDGET = "Senator Jane Roe said on Tuesday that the budget agreement would protect rural "
            + "hospitals from the planned cuts, and that her committee would vote on the bill before the recess. "
            + "The agreement follows weeks of talks between the two parties over spending on health care, roads "
            + "and schools in the northern counties, where several clinics closed last year.";
    private static final List<StoryStatement> BUDGET_SAID = List.of(
            new StoryStatement("E1", "the budget agreement would protect rural hospitals from the planned cuts"),
            new StoryStatement("E1", "her committee would vote on the bill before the recess"));

    private final StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULTS, new LexicalEncoder());

    private static StoryArticle article(String id, String outlet, int day, String text, List<StoryStatement> said, String... entities) {
        return new StoryArticle(id, outlet, LocalDateTime.of(2025, 3, day, 9, 0), "", text, said, List.of(entities), null);
    }

    @Test
    void aSyndicatedCopyIsANearDuplicateInTheSameStory() {
        clusterer.add(article("a", "Daily One", 4, BUDGET, BUDGET_SAID, "E1", "E2"));
        StoryAssignment copy = clusterer.add(article("b", "Wire Two", 4,
                BUDGET.replace("on Tuesday", "Tuesday").replace("several clinics", "three clinics"), BUDGET_SAID, "E1", "E2"));
        assertThat(copy.storyId()).isEqualTo("a");
        assertThat(copy.nearDuplicateOf()).isEqualTo("a");
        assertThat(copy.jaccard()).isGreaterThan(0.5);
    }

    @Test
    void theSameStatementsRewordedJoinTheStory() {
        clusterer.add(article("a", "Daily One", 4, BUDGET, BUDGET_SAID, "E1", "E2"));
        StoryAssignment retold = clusterer.add(article("b", "Evening Post", 5,
                "Roe, who chairs the finance committee, promised that rural hospitals would be protected from the cuts "
                        + "planned for next year. Her committee will vote on the bill before the recess, she added.",
                List.of(new StoryStatement("E1", "rural hospitals would be protected from the cuts planned for next year"),
                        new StoryStatement("E1", "Her committee will vote on the bill before the recess")), "E1"));
        assertThat(retold.storyId()).isEqualTo("a");
        assertThat(retold.nearDuplicate()).isEmpty();
        assertThat(retold.sharedStatements()).isEqualTo(2);
    }

    @Test
    void theSamePeopleOnTheSameDayInAnotherEventStayApart() {
        clusterer.add(article("a", "Daily One", 4, BUDGET, BUDGET_SAID, "E1", "E2"));
        StoryAssignment other = clusterer.add(article("b", "Daily One", 4,
                "Senator Jane Roe criticized the governor's plan to sell the state airport, saying the sale would "
                        + "raise ticket prices and cost the county hundreds of jobs at the terminal.",
                List.of(new StoryStatement("E1", "the sale would raise ticket prices and cost the county hundreds of jobs")), "E1", "E2"));
        assertThat(other.startsStory()).isTrue();
    }

    @Test
    void theSameStatementsOutsideTheWindowStayApart() {
        clusterer.add(article("a", "Daily One", 4, BUDGET, BUDGET_SAID, "E1", "E2"));
        assertThat(clusterer.add(article("b", "Evening Post", 4 + StoryOptions.DEFAULTS.windowDays() + 1, BUDGET, BUDGET_SAID, "E1", "E2"))
                .startsStory()).isTrue();
    }

    @Test
    void anArticleThatLinksTwoStoriesMergesThemUnderTheOlderName() {
        String hospitals = "Rural hospitals will be protected from the planned cuts, Senator Roe said.";
        String vote = "The committee will vote on the bill before the recess, Senator Roe said.";
        clusterer.add(article("a", "Daily One", 4, hospitals, List.of(BUDGET_SAID.get(0)), "E1"));
        clusterer.add(article("b", "Evening Post", 4, vote, List.of(BUDGET_SAID.get(1)), "E1"));
        StoryAssignment both = clusterer.add(article("c", "Radio Three", 5, BUDGET, BUDGET_SAID, "E1", "E2"));
        assertThat(both.storyId()).isEqualTo("a");
        assertThat(both.absorbed()).containsExactly("b");
        assertThat(clusterer.storyOf("b")).contains("a");
        assertThat(clusterer.members("a")).containsExactly("a", "b", "c");
    }

    @Test
    void addingAnArticleAgainChangesNothing() {
        StoryArticle a = article("a", "Daily One", 4, BUDGET, BUDGET_SAID, "E1");
        StoryAssignment first = clusterer.add(a);
        assertThat(clusterer.add(a)).isEqualTo(first);
        assertThat(clusterer.size()).isEqualTo(1);
    }
}
