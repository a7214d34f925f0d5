package io.newsgraph.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real single-node OpenSearch server for tests, from the distribution the build unpacks into
 * {@code target/opensearch/} (Maven Central's integ-test zip, property {@code newsgraph.opensearch.home}),
 * on free loopback ports, with its data and logs in a temporary folder it deletes when stopped. The zip holds only the netty
 * transport module; the build copies the {@code analysis-common} module's jar beside it (for the folding
 * analyzer) and this class writes the descriptor Maven Central does not carry.
 *
 * <p>OpenSearch refuses to run as root: as root it runs as the user {@code opensearch} through
 * {@code runuser} (`.ci/run` creates that user), and when that user is missing the calling test is skipped.
 */
final class OpenSearchServer implements AutoCloseable {
    private static final String USER = "opensearch";
    private final Process process;
    private final URI url;
    private final Path work;

    private OpenSearchServer(Process process, URI url, Path work) {
        this.process = process;
        this.url = url;
        this.work = work;
    }

    /** Launches the server and returns at once; {@link #awaitReady} waits for it. Skips the test if it cannot run. */
    static OpenSearchServer launch() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("newsgraph.opensearch.home", "target/opensearch/missing"));
        if (!Files.isExecutable(home.resolve("bin/opensearch"))) {
            throw new IllegalStateException("no OpenSearch distribution at " + home + ": run the test through Maven,"
                    + " whose process-test-resources phase unpacks it");
        }
        writeModuleDescriptor(home);
        boolean root = System.getProperty("user.name").equals("root");
        if (root) {
            Assumptions.assumeTrue(run("id", "-u", USER) == 0 && run("runuser", "--help") == 0,
                    "OpenSearch refuses to run as root and there is no user '" + USER + "' to run it as"
                            + " (create one: useradd --system " + USER + "); OpenSearch test skipped");
        }
        // not under JUnit's @TempDir, which is closed to other users, as the server's user must reach it
        Path work = Files.createTempDirectory("newsgraph-opensearch");
        Path logs = Files.createDirectories(work.resolve("logs"));
        Path data = Files.createDirectories(work.resolve("data"));
        List<String> command = new ArrayList<>();
        if (root) {
            if (run("chown", "-R", USER, home.toString(), work.toString()) != 0
                    || run("runuser", "-u", USER, "--", "test", "-x", home.resolve("bin/opensearch").toString()) != 0) {
                deleteTree(work);
                Assumptions.abort("user '" + USER + "' cannot reach " + home + " (a parent folder is closed to it);"
                        + " OpenSearch test skipped");
            }
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        int httpPort = freePort();
        // the JVM of the test runs the server too: the integ-test zip bundles none
        command.addAll(List.of("env", "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
                "OPENSEARCH_JAVA_OPTS=-Xms512m -Xmx512m -XX:TieredStopAtLevel=1"));
        command.addAll(List.of(home.resolve("bin/opensearch").toString(),
                "-Ediscovery.type=single-node", "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort, "-Etransport.port=" + freePort(),
                "-Epath.data=" + data, "-Epath.logs=" + logs,
                // a nearly full disk on a CI machine must not leave the index unassigned
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        // the server's JVM writes its GC log to logs/ under the working folder
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(console(work).toFile()).start();
        OpenSearchServer server = new OpenSearchServer(p, URI.create("http://127.0.0.1:" + httpPort), work);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    URI url() {
        return url;
    }

    /** Waits until the cluster is yellow or green; fails with the end of the server's log otherwise. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + logTail());
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && !r.body().contains("\"red\"")) return;
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("OpenSearch not ready after " + timeout + ":\n" + logTail());
    }

    /** Stops the server and its JVM (a child of runuser when run as root), and deletes its data and logs. */
    @Override
    public synchronized void close() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        deleteTree(work);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }

    private static Path console(Path work) {
        return work.resolve("logs/console.log");
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(console(work));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Maven Central has the analysis-common module's jar but not its descriptor, which the zip would hold. */
    private static void writeModuleDescriptor(Path home) throws IOException {
        String version = home.getFileName().toString().substring("opensearch-".length());
        Path module = home.resolve("modules/analysis-common");
        Files.writeString(module.resolve("plugin-descriptor.properties"), String.join("\n",
                "description=Adds \"built in\" analyzers to OpenSearch.", "version=" + version, "name=analysis-common",
                "classname=org.opensearch.analysis.common.CommonAnalysisPlugin", "java.version=11",
                "opensearch.version=" + version, "custom.foldername=", "extended.plugins=", "has.native.controller=false", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException missingCommand) {
            return -1;
        }
    }
}
