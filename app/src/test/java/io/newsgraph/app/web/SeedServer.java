package io.newsgraph.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.app.CliRun;
import io.newsgraph.app.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One store of the seed pages and a server over it, made once per test JVM (ingest loads the models; the
 * tests that share it only read). Seed 004 prints no site name: it is ingested with {@code --outlet}, as a
 * user who knows where a dump came from would.
 */
final class SeedServer {
    static final String PAGE_WITHOUT_OUTLET = "004_";
    static final String ITS_OUTLET = "Kayhan International";
    private static Path db;
    private static WebServer server;

    private SeedServer() {}

    static synchronized Path db() {
        if (db == null) {
            try {
                db = Files.createTempDirectory("newsgraph-web-seeds").resolve("db");
                List<String> named = new ArrayList<>(List.of("ingest", "--db", db.toString()));
                String unnamed;
                try (Stream<Path> pages = Files.list(SharedData.seeds())) {
                    List<Path> txt = pages.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
                    unnamed = txt.stream().filter(p -> p.getFileName().toString().startsWith(PAGE_WITHOUT_OUTLET)).findFirst().orElseThrow().toString();
                    txt.stream().map(Path::toString).filter(p -> !p.equals(unnamed)).forEach(named::add);
                }
                assertThat(CliRun.of(named.toArray(String[]::new)).exit()).isZero();
                assertThat(CliRun.of("ingest", "--db", db.toString(), "--outlet", ITS_OUTLET, unnamed).exit()).isZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return db;
    }

    /** The base URL of a server over the seed store ("http://127.0.0.1:PORT"). */
    static synchronized String url() {
        if (server == null) {
            try {
                server = WebServer.start(new ServerConfig(db(), "127.0.0.1", 0, null, ServerConfig.DEFAULT_MAX_BODY));
            } catch (Exception e) {
                throw new IllegalStateException("server did not start: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // the JVM is ending
                }
            }));
        }
        return "http://127.0.0.1:" + server.port();
    }
}
