package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.store.NewsStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM (SIGKILL) in the middle of ingesting a few thousand pages, then checks that the
 * store is sound, holds only whole batches, and that ingesting the same input again completes it
 * with no duplicates.
 */
class CrashRecoveryTest {
    private static final int PAGES = 4000;
    @TempDir Path dir;

    @Test
    void killNineMidIngestLosesAtMostTheOpenBatchAndReingestCompletesIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < PAGES; i++) {
            Path sub = Files.createDirectories(in.resolve("d" + (i % 40)));
            Files.writeString(sub.resolve("p" + i + ".html"), GeneratedPages.article(i));
        }
        Path db = dir.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--db", db.toString(), "--batch-size", "50", in.toString())
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        long before = waitForCommittedPages(db, child, 200);
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(before).as("the child must be killed mid-ingest").isLessThan(PAGES);

        long afterCrash;
        try (NewsStore store = NewsStore.open(db)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            afterCrash = store.counts().pages();
            assertThat(afterCrash).isBetween(before, (long) PAGES - 1);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db.resolve(NewsStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("SELECT"
                     + " (SELECT count(*) FROM pages p WHERE p.status <> 'failed'"
                     + "   AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id)),"
                     + " (SELECT count(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.id = s.page_id))")) {
            rs.next();
            assertThat(rs.getLong(1)).as("pages committed without their article").isZero();
            assertThat(rs.getLong(2)).as("statements committed without their page").isZero();
        }

        int exit = Main.commandLine().execute("ingest", "--db", db.toString(), in.toString());
        assertThat(exit).isEqualTo(Main.OK);
        try (NewsStore store = NewsStore.open(db)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.counts().pages()).isEqualTo(PAGES);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db.resolve(NewsStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(DISTINCT source), count(DISTINCT content_hash), count(*) FROM pages")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(PAGES);
            assertThat(rs.getLong(2)).isEqualTo(PAGES);
            assertThat(rs.getLong(3)).isEqualTo(PAGES);
        }
    }

    /** Polls the child's database until at least {@code min} pages are committed; returns the count seen. */
    private static long waitForCommittedPages(Path db, Process child, long min) throws Exception {
        File file = db.resolve(NewsStore.FILE_NAME).toFile();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("child ended before it could be killed").isTrue();
            if (file.exists()) {
                try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                     ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM pages")) {
                    long n = rs.next() ? rs.getLong(1) : 0;
                    if (n >= min) return n;
                } catch (java.sql.SQLException notYetMigrated) {
                    // the child has not created the schema yet
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("child committed fewer than " + min + " pages in 120 s");
    }
}
