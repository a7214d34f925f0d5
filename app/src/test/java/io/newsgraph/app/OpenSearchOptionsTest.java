package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The --opensearch options, checked before anything connects (no server needed). */
class OpenSearchOptionsTest {
    @Test
    void aUrlWithoutSchemeIsAUsageError() {
        CliRun run = CliRun.of("search", "--opensearch", "localhost:9200", "victory");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("want http://HOST:PORT");
    }

    @Test
    void indexNeedsAServer() {
        CliRun run = CliRun.of("index", "--db", "no-such-store");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--opensearch URL is required");
    }

    @Test
    void anUnreachableServerIsAFailureThatSaysWhere() {
        CliRun run = CliRun.of("search", "--opensearch", "http://127.0.0.1:9", "victory");
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("OpenSearch at http://127.0.0.1:9", "is OpenSearch running");
    }
}
