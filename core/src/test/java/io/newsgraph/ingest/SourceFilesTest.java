package io.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir Path dir;

    @Test
    void walksFoldersSkipsNonPagesAndReportsMissing() throws IOException {
        Files.createDirectories(dir.resolve("sub/.hidden"));
        Files.writeString(dir.resolve("b.html"), "x");
        Files.writeString(dir.resolve("sub/a.txt"), "x");
        Files.writeString(dir.resolve("sub/page.html.gz"), "x");
        Files.writeString(dir.resolve("sub/.hidden/c.html"), "x");
        Files.writeString(dir.resolve("gold.json"), "{}");
        Files.writeString(dir.resolve("README.md"), "x");

        var e = SourceFiles.expand(List.of(dir.toString(), dir.resolve("gold.json").toString(), "no/such/path"));
        assertThat(e.files()).extracting(f -> dir.relativize(f.file()).toString())
                .containsExactly("b.html", "sub/a.txt", "sub/page.html.gz", "gold.json");
        assertThat(e.skipped()).isEqualTo(2);
        assertThat(e.missing()).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("no/such/path");
            assertThat(m.reason()).isEqualTo("no such file or folder");
        });
    }
}
