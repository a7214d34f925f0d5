package io.newsgraph.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared beside the checkout (the build passes it as a system property). */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        String prop = System.getProperty("newsgraph.shared");
        for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) return Path.of(candidate).toAbsolutePath().normalize();
        }
        throw new IllegalStateException("shared data not found: set -Dnewsgraph.shared or put shared/ beside the checkout");
    }

    public static Path seeds() {
        return dir().resolve("corpus/seeds");
    }
}
