package io.newsgraph.app;

import io.newsgraph.eval.IngestBench;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests a generated gzipped WARC of news pages (six layouts, twelve outlets, four languages) into a"
                + " temporary store through the bounded pipeline and prints pages/s (overall and between marks), CPU time"
                + " per page of each per-document stage, and the peak heap. Run with NEWSGRAPH_JAVA_OPTS=-Xmx1g to check"
                + " the memory bound."})
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--pages", paramLabel = "N", defaultValue = "100000", description = "Pages to generate (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores).")
    Integer threads;

    @Option(names = "--marks", paramLabel = "N,N…", split = ",", defaultValue = "10000,50000",
            description = "Where to split the pages/s figure (default: ${DEFAULT-VALUE}).")
    List<Integer> marks;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pages <= 0 || workers <= 0) throw new ParameterException(spec.commandLine(), "--pages and --threads must be positive");
        new IngestBench(pages, workers, marks).run(spec.commandLine().getOut());
        return Main.OK;
    }
}
