package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.stories.WordingDiff.Run;
import io.newsgraph.stories.WordingDiff.Side;
import org.junit.jupiter.api.Test;

class WordingDiffTest {

    @Test
    void showsSharedRunsAndEachSidesOwnWords() {
        WordingDiff d = WordingDiff.of("the senator said the bill would pass", "the senator argued that the bill will pass");
        assertThat(d.runs()).containsExactly(
                new Run(Side.BOTH, "the senator"), new Run(Side.FIRST, "said"), new Run(Side.SECOND, "argued that"),
                new Run(Side.BOTH, "the bill"), new Run(Side.FIRST, "would"), new Run(Side.SECOND, "will"),
                new Run(Side.BOTH, "pass"));
    }

    @Test
    void identicalWordingsOverlapFully() {
        assertThat(WordingDiff.of("Prices rose.", "prices rose").overlap()).isEqualTo(1.0);
    }
}
