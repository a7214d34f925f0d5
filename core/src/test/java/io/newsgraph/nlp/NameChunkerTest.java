package io.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameChunkerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final NameChunker chunker = new NameChunker();

    private List<String> names(String sentence) {
        return chunker.chunks(analyzer.sentences(sentence).get(0).tokens()).stream().map(NameChunk::text).toList();
    }

    @Test
    void joinsParticlesAndHyphens() {
        assertThat(names("Yesterday Omar al-Rashid met Ludwig van Beethoven in Vienna."))
                .contains("Omar al-Rashid", "Vienna");
    }

    @Test
    void keepsTitlesWithTheNameForTheResolverToStrip() {
        assertThat(names("Senate Majority Leader John Doe spoke first.")).anyMatch(n -> n.endsWith("John Doe"));
    }

    @Test
    void lowerCaseWordsAreNoNames() {
        assertThat(names("the senator said the bill would pass.")).isEmpty();
    }
}
