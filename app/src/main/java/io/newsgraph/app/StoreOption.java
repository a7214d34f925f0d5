package io.newsgraph.app;

import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** True when the store exists; else says so on stderr, for commands that only read it. */
    boolean existsOrSay(PrintWriter err) {
        if (Files.exists(dir.resolve(NewsStore.FILE_NAME))) return true;
        err.println("newsgraph: no store at " + dir + " (run ingest first)");
        err.flush();
        return false;
    }

    /**
     * Opens the store and finishes what an interrupted or older ingest left waiting ({@link PendingStages}), for
     * the commands that read entities and stories.
     *
     * @param rebuildStories place every article in a story again rather than only those waiting
     */
    NewsStore openFinished(boolean rebuildStories) throws StoreException {
        NewsStore db = NewsStore.open(dir);
        try {
            PendingStages.finish(db, rebuildStories);
            return db;
        } catch (StoreException | RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
