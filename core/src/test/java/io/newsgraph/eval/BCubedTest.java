package io.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "y");
        BCubed s = BCubed.score(Map.of("a", "1", "b", "1", "c", "2"), truth);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void allInOneClusterKeepsRecallAndLosesPrecision() {
        Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "y");
        BCubed s = BCubed.score(Map.of("a", "1", "b", "1", "c", "1"), truth);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
    }

    @Test
    void singletonsKeepPrecisionAndLoseRecall() {
        Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "y");
        BCubed s = BCubed.score(Map.of("a", "1", "b", "2", "c", "3"), truth);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-9));
    }
}
