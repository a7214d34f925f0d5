package io.newsgraph.app;

import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.fetch.Fetcher;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.WebIngest;
import io.newsgraph.store.NewsStore;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS/Atom feeds, OPML lists of feeds and (news) sitemaps, fetches the article pages never"
                + " fetched before (politely: robots.txt, a per-host delay, bounded retries), ingests them like ingest"
                + " does, and remembers what it fetched, so a restart fetches only what is new.",
                "Prints one summary line per poll on stdout; progress and each failed feed or page on stderr."
                + " With --once, exit 0: all good; 1: some feeds or pages failed."})
final class WatchCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin FetchFlags fetch;

    @Option(names = "--once", description = "Poll each feed once, then exit (for tests and cron).")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
            description = "Time between polls (default: ${DEFAULT-VALUE}).")
    long intervalSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "FEED_OR_OPML",
            description = "Feed, OPML or sitemap URLs, or local OPML / feed files.")
    List<String> documents;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<URI> urls = documents();
        if (intervalSeconds < 1) throw new ParameterException(spec.commandLine(), "--interval must be at least 1 second");
        while (true) {
            WebIngest.PollReport r;
            try (NewsStore db = NewsStore.open(store.dir)) {
                var pipeline = new IngestPipeline(db, new PageReader(), new PageProcessor(), threads, 200,
                        new StderrProgress(System.err, "watch"));
                var web = new WebIngest(db, pipeline, new Fetcher(fetch.options()), line -> {
                    err.println("newsgraph: " + line);
                    err.flush();
                });
                r = web.poll(urls);
                PendingStages.finish(db);
            }
            Skipped.report(err, r.pages());
            for (var f : r.failures()) err.println("newsgraph: " + f.source() + ": " + f.reason());
            IngestCommand.reportPages(err, r.pages());
            var s = r.pages();
            out.printf("%d feeds: %d not modified, %d failed; %d new URLs: %d new, %d unchanged, %d failed%n",
                    r.documents(), r.notModified(), r.failures().size(), r.newUrls(), s.added(), s.unchanged(), s.failed());
            out.flush();
            err.flush();
            if (once) return r.failures().isEmpty() && s.failed() == 0 ? Main.OK : Main.SOME_FAILED;
            TimeUnit.SECONDS.sleep(intervalSeconds);
        }
    }

    /** http(s) URLs as given; anything else must be a readable file (a local OPML list). */
    private List<URI> documents() {
        List<URI> urls = new ArrayList<>();
        for (String d : documents) {
            if (d.startsWith("http://") || d.startsWith("https://")) {
                try {
                    urls.add(URI.create(d));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "not a URL: " + d);
                }
            } else if (Files.isRegularFile(Path.of(d))) {
                urls.add(Path.of(d).toAbsolutePath().toUri());
            } else {
                throw new ParameterException(spec.commandLine(), "not an http(s) URL nor a file: " + d);
            }
        }
        return urls;
    }
}
