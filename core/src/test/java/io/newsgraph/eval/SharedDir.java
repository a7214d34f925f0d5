package io.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared data directory: system property {@code newsgraph.shared}, else ../../shared or ../shared. */
final class SharedDir {
    private SharedDir() {}

    static Path find() {
        String prop = System.getProperty("newsgraph.shared");
        if (prop != null && !prop.isBlank() && !prop.contains("${") && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path here = Path.of(System.getProperty("user.dir"));
        for (Path candidate : new Path[] {here.resolve("../../shared"), here.resolve("../shared")}) {
            if (Files.isDirectory(candidate.resolve("bench/metadata"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("shared data not found: set -Dnewsgraph.shared=<checkout>/../shared");
    }
}
