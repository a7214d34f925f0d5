package io.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared data folder beside the checkout: the {@code newsgraph.shared} system property
 * (set by surefire), else {@code ../../shared} or {@code ../shared} from the working directory.
 */
public final class SharedDir {
    private SharedDir() {}

    /** The extraction benchmark folder ({@code shared/bench/extraction}). */
    public static Path extractionBench() {
        List<Path> tried = new ArrayList<>();
        String prop = System.getProperty("newsgraph.shared");
        Path cwd = Path.of(System.getProperty("user.dir"));
        List<Path> roots = new ArrayList<>();
        if (prop != null && !prop.isBlank()) {
            roots.add(Path.of(prop));
        }
        roots.add(cwd.resolve("../../shared"));
        roots.add(cwd.resolve("../shared"));
        for (Path root : roots) {
            Path bench = root.resolve("bench/extraction").normalize();
            tried.add(bench);
            if (Files.isRegularFile(bench.resolve("ground-truth.json"))) {
                return bench;
            }
        }
        throw new IllegalStateException("extraction benchmark not found; tried " + tried
                + " (set -Dnewsgraph.shared=<path to shared>)");
    }
}
