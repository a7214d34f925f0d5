package io.newsgraph.app;

import io.newsgraph.store.NewsStore;
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
}
