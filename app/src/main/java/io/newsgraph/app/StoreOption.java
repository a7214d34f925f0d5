package io.newsgraph.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path dir;
}
