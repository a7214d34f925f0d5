package io.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.quotes.Statement;
import io.newsgraph.stories.LexicalEncoder;
import io.newsgraph.stories.SentenceEncoder;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The store load's stories encoder serves the tasks' vectors from a bounded window, and encodes what it does not hold. */
class TaskVectorsTest {
    private static final SentenceEncoder LEXICAL = new LexicalEncoder();

    /** Document i says "harbour council budget {i} vote", its vector as a task saved it. */
    private static ProcessedDoc doc(int i) {
        String text = "harbour council budget " + i + " vote";
        Statement s = new Statement(Statement.DIRECT, "Maria Keller", null, null, "said", text, 0, text.length(), null);
        // a page record that carries statements (its article is not read here)
        ProcessedPage page = new ProcessedPage(new Page("doc-" + i, null, PageType.HTML, "", "hash-" + i, null), null,
                List.of(s), null, "test", "no article needed");
        return new ProcessedDoc("doc-" + i, page, List.of(bytes(LEXICAL.encode(text))), null, null);
    }

    private static byte[] bytes(SentenceEncoder.SentenceVector v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            v.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Test
    void servesTheTasksVectorsInOrderWithinABoundedWindow() {
        int n = 3 * TaskVectors.WINDOW;
        int[] opened = {0};
        TaskVectors vectors = new TaskVectors(LEXICAL, () -> {
            opened[0]++;
            return IntStream.range(0, n).mapToObj(TaskVectorsTest::doc).iterator();
        });
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < n; i += 7) asked.add("harbour council budget " + i + " vote");
        for (String text : asked) {
            assertThat(vectors.encode(text).similarity(LEXICAL.encode(text))).isEqualTo(1.0);
            assertThat(vectors.held()).isLessThanOrEqualTo(TaskVectors.WINDOW + 1);
        }
        assertThat(vectors.reused()).isEqualTo(asked.size());
        assertThat(vectors.encoded()).isZero();
        assertThat(opened[0]).isOne();
    }

    @Test
    void encodesWhatTheWindowDoesNotHold() {
        TaskVectors vectors = new TaskVectors(LEXICAL, () -> IntStream.range(0, 10).mapToObj(TaskVectorsTest::doc).iterator());
        String other = "ferry strike museum";
        assertThat(vectors.encode(other).similarity(LEXICAL.encode(other))).isEqualTo(1.0);
        assertThat(vectors.encode("harbour council budget 3 vote")).isNotNull();
        assertThat(vectors.encoded()).isOne();
        assertThat(vectors.reused()).isOne();
    }
}
