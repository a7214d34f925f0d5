package io.newsgraph.app;

import io.newsgraph.eval.BenchPages;
import io.newsgraph.eval.ExtractionSpeed;
import io.newsgraph.eval.SpeedOptions;
import io.newsgraph.eval.SpeedReport;
import io.newsgraph.ingest.Page;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Measures HTML extraction on the benchmark pages in DIR (html/*.html.gz, loaded into"
                + " memory first): pages/s on one core and on all cores, peak heap, and live heap after each"
                + " pass (flat when extraction streams).",
                "With --peers, also prints peer extractors' results (written by bench/extraction-speed.sh)"
                + " and newsgraph's speed as a multiple of theirs."})
final class BenchExtractionCommand implements Callable<Integer> {
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured passes over all pages, on one thread and again on all cores (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
            description = "Unmeasured passes first, so the JIT has compiled the extractor (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of the all-cores run (default: the number of cores).")
    Integer threads;

    @Option(names = "--peers", paramLabel = "RESULTS_DIR",
            description = "Folder of peer results (<system>.json: system, version, pages_per_s, pages_per_cpu_s, f1, peak_rss_mb).")
    Path peers;

    @Parameters(paramLabel = "DIR", description = "The benchmark folder (e.g. ../shared/bench/extraction).")
    Path dir;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (rounds < 1) throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must not be negative");
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (!Files.isDirectory(dir)) throw new ParameterException(spec.commandLine(), dir + ": not a folder");
        if (peers != null && !Files.isDirectory(peers)) {
            throw new ParameterException(spec.commandLine(), peers + ": not a folder (run bench/extraction-speed.sh)");
        }
        List<PeerResult> peerResults = peers == null ? List.of() : PeerResult.readAll(peers);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Page> pages = BenchPages.load(dir);
        err.printf("newsgraph: %d pages loaded; %d warm-up + %d measured passes on 1 thread, then %d on %d threads%n",
                pages.size(), warmup, rounds, rounds, threads == null ? cores : threads);
        err.flush();
        SpeedReport report = new ExtractionSpeed()
                .run(pages, new SpeedOptions(warmup, rounds, threads == null ? cores : threads));

        SpeedTable.printOwn(out, report, cores);
        if (peers != null) {
            out.println();
            SpeedTable.printComparison(out, report, peerResults);
        }
        out.flush();
        return report.failedPerPass() == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
