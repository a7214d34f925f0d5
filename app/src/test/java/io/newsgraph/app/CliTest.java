package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir Path dir;

    @Test
    void helpAndUsageErrorsFollowPosixHabits() {
        assertThat(CliRun.of("--help").exit()).isZero();
        assertThat(CliRun.of("ingest", "--help").out()).contains("--db");
        CliRun noCommand = CliRun.of();
        assertThat(noCommand.exit()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("ingest").exit()).isEqualTo(Main.USAGE);
        CliRun badDate = CliRun.of("search", "--db", dir.toString(), "--from", "yesterday", "x");
        assertThat(badDate.exit()).isEqualTo(Main.USAGE);
        assertThat(badDate.err()).contains("--from");
    }

    @Test
    void extractPrintsJsonLinesAndNamesFailedFiles() throws Exception {
        Files.writeString(dir.resolve("a.html"), GeneratedPages.article(1));
        Files.write(dir.resolve("b.html"), new byte[0]);
        CliRun run = CliRun.of("extract", dir.resolve("a.html").toString(), dir.resolve("b.html").toString());
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.out().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("{").contains("\"source\""));
        assertThat(run.err().lines()).singleElement().isEqualTo("newsgraph: " + dir.resolve("b.html") + ": empty file");
    }

    @Test
    void searchWithoutAStoreSaysSo() {
        CliRun run = CliRun.of("search", "--db", dir.resolve("none").toString(), "truce");
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("no store");
    }

    @Test
    void statusCountsAndListsWhatGaveNoArticle() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), GeneratedPages.article(1));
        Files.write(in.resolve("b.html"), new byte[0]);
        String db = dir.resolve("db").toString();
        assertThat(CliRun.of("ingest", "--db", db, in.toString()).exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(CliRun.of("status", "--db", db, "--json").out().strip())
                .isEqualTo("{\"articles\":1,\"no_article\":0,\"failed\":0,\"unreadable\":1}");
        assertThat(CliRun.of("status", "--db", db, "--failures").out().strip())
                .isEqualTo(in.resolve("b.html") + "\tunreadable\tempty file");
    }
}
