package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMetadataCommandTest {
    @TempDir Path dir;

    @Test
    void scoresMetadataAndSnippetsOfOnePage() throws Exception {
        String body = "Die Stadt hat beschlossen, die Brücke im Sommer zu erneuern. ".repeat(12);
        String html = "<html><head><title>Brücke wird erneuert | Stadtblatt</title>"
                + "<meta property=\"article:published_time\" content=\"2021-05-04T10:00:00+02:00\"></head><body>"
                + "<nav>Startseite Impressum</nav><article><h1>Brücke wird erneuert</h1>"
                + "<p class=\"byline\">Von Anna Beispiel</p><p>" + body + "</p></article></body></html>";
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://stadtblatt.example/bruecke": {"file": "a.html", "title": "Brücke wird erneuert",
                  "author": "Anna Beispiel", "date": "2021-05-04",
                  "with": ["die Brücke im Sommer zu erneuern"], "without": ["Startseite Impressum"]}}
                """);
        CliRun run = CliRun.of("eval", "metadata", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("title  1.000", "author 1.000", "date   1.000")
                .contains("snippets: precision 1.000  recall 1.000  F1 1.000");
    }

    @Test
    void aFolderWithoutEvaldataIsAnError() {
        CliRun run = CliRun.of("eval", "metadata", dir.toString());
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("no evaldata.json");
    }
}
