package io.newsgraph.app;

import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.ingest.fetch.Fetcher;
import io.newsgraph.ingest.fetch.UrlList;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.IngestSummary;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.WebIngest;
import io.newsgraph.store.NewsStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages (HTML, .gz, plain-text dumps, WARC archives; files or folders, recursively), extracts"
                + " their articles, statements and name mentions, stores them, then resolves the new mentions into"
                + " entities. Re-ingesting the same content is a no-op.",
                "With --urls, also fetches the listed pages (politely, as watch does) and remembers them, so a URL is fetched once.",
                "Prints a summary on stdout; each failed input on stderr. Exit 0: all good; 1: some inputs failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "200",
            description = "Pages per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "The outlet of pages that do not name their own (a text dump without a site name); pages that name one keep it.")
    String outlet;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--urls", paramLabel = "FILE",
            description = "Also fetch the pages listed in FILE (one URL per line, # comments); URLs fetched before are skipped.")
    Path urls;

    @Mixin FetchFlags fetch;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest (WARC archives included).")
    List<String> paths = List.of();

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && urls == null) throw new ParameterException(spec.commandLine(), "give PATH... or --urls FILE");
        IngestSummary s;
        try (NewsStore db = NewsStore.open(store.dir)) {
            var pipeline = new IngestPipeline(db, new PageReader(),
                    outlet == null ? new PageProcessor() : PageProcessor.withFallbackOutlet(outlet),
                    threads, batchSize, new StderrProgress(System.err, "ingest"));
            SourceFiles.Expansion input = SourceFiles.expand(paths);
            Skipped.report(err, input);
            if (urls == null) {
                s = pipeline.run(input);
            } else {
                UrlList list = UrlList.read(urls);
                List<SourceFiles.Missing> missing = new ArrayList<>(input.missing());
                for (var bad : list.bad()) missing.add(new SourceFiles.Missing(bad.where(), bad.reason()));
                var web = new WebIngest(db, pipeline, new Fetcher(fetch.options()), line -> { });
                s = web.ingest(new SourceFiles.Expansion(input.files(), missing, input.skipped()),
                        urls.toString(), web.unfetched(list.urls()), List.of());
            }
            PendingStages.finish(db);
        }
        Skipped.report(err, s);
        reportPages(err, s);
        if (json) {
            out.println(Json.summary(s));
        } else {
            out.printf("%d files: %d new, %d unchanged, %d failed%n", s.files(), s.added(), s.unchanged(), s.failed());
        }
        out.flush();
        return s.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** Each failed input, and each page stored without an article, on stderr: one line each. */
    static void reportPages(PrintWriter err, IngestSummary s) {
        for (var f : s.failures()) err.println("newsgraph: " + f.source() + ": " + f.reason());
        for (var f : s.notArticles()) err.println("newsgraph: " + f.source() + ": stored as no article: " + f.reason());
        err.flush();
    }
}
