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

    /** The shared folder itself. */
    public static Path find() {
        List<Path> roots = new ArrayList<>();
        String prop = System.getProperty("newsgraph.shared");
        if (prop != null && !prop.isBlank() && !prop.contains("${")) roots.add(Path.of(prop));
        Path cwd = Path.of(System.getProperty("user.dir"));
        roots.add(cwd.resolve("../../shared"));
        roots.add(cwd.resolve("../shared"));
        for (Path root : roots) {
            if (Files.isDirectory(root.resolve("bench")) && Files.isDirectory(root.resolve("corpus"))) return root.normalize();
        }
        throw new IllegalStateException("shared data not found; tried " + roots
                + " (set -Dnewsgraph.shared=<path to shared>)");
    }

    /** The extraction benchmark folder ({@code shared/bench/extraction}). */
    public static Path extractionBench() {
        return find().resolve("bench/extraction");
    }

    /** The seed corpus ({@code shared/corpus/seeds}). */
    public static Path seeds() {
        return find().resolve("corpus/seeds");
    }
}
