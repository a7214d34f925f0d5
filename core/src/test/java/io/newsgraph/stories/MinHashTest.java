package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private final MinHash minHash = new MinHash(256);

    @Test
    void estimatesJaccardWithinItsStandardError() {
        // 0..999 and 500..1499 share 500 of 1,500 elements: J = 1/3; the error of 256 hashes is ≈ 0.03
        int[] a = minHash.signature(LongStream.range(0, 1000).map(StableHash::mix).toArray());
        int[] b = minHash.signature(LongStream.range(500, 1500).map(StableHash::mix).toArray());
        assertThat(MinHash.jaccard(a, b)).isBetween(1 / 3.0 - 0.09, 1 / 3.0 + 0.09);
    }

    @Test
    void identicalSetsAgreeEverywhereAndSignaturesAreTheSameInEveryInstance() {
        long[] set = LongStream.range(0, 50).map(StableHash::mix).toArray();
        assertThat(MinHash.jaccard(minHash.signature(set), new MinHash(256).signature(set))).isEqualTo(1.0);
    }

    @Test
    void rejectsSignaturesOfDifferentSizes() {
        assertThatThrownBy(() -> MinHash.jaccard(new int[3], new int[4])).hasMessageContaining("different sizes");
    }
}
