package io.newsgraph.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * One system's result from {@code bench/extraction-speed.sh}: a {@code <system>.json} file in the results
 * folder. A peer's file has its speed; the file named {@code newsgraph.json} only carries our F1 (our
 * speed is measured in this JVM). Missing figures read as empty, never as zero.
 *
 * @param system    the system's name, e.g. {@code readability-js}
 * @param version   what was run, as the peer script reports it
 * @param pagesPerS pages per second of the peer (single-threaded: Node and CPython extract on one core)
 * @param pagesPerCpuS pages per CPU-second of the peer's process (user + system, all its threads)
 * @param f1        F1 on the benchmark, when the run could score it
 * @param peakRssMb the peer process's peak resident memory in MB
 */
record PeerResult(String system, String version, OptionalDouble pagesPerS, OptionalDouble pagesPerCpuS, OptionalDouble f1,
                  OptionalDouble peakRssMb) {
    static final String OURS = "newsgraph";

    /** Every {@code *.json} in {@code dir}, sorted by file name. */
    static List<PeerResult> readAll(Path dir) {
        ObjectMapper json = new ObjectMapper();
        List<PeerResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = json.readTree(file.toFile());
                String name = file.getFileName().toString();
                results.add(new PeerResult(n.path("system").asText(name.substring(0, name.length() - 5)),
                        n.path("version").asText(""), number(n, "pages_per_s"), number(n, "pages_per_cpu_s"), number(n, "f1"),
                        number(n, "peak_rss_mb")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        return results;
    }

    boolean isOurs() {
        return system.equals(OURS);
    }

    private static OptionalDouble number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }
}
