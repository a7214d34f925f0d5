package io.newsgraph.eval;

import io.newsgraph.entities.MentionFinder;
import io.newsgraph.extract.ArticleExtractor;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.warc.WarcInput;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.IngestSummary;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.quotes.StatementFinder;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Ingest at scale, as {@code ingest file.warc.gz} runs it: a gzipped WARC of generated pages
 * ({@link SyntheticNewsSite}) streams through the bounded pipeline — reading, extraction, statements,
 * names, the store's one writer — into a new store. Prints pages/s overall and between marks (is the time
 * per page flat as the store grows?), each per-document stage's CPU time per page, and the peak heap.
 * The cross-document stages (entities, stories) run after ingest and are measured by their own benches.
 */
public final class IngestBench {
    private final int pages;
    private final int threads;
    private final List<Integer> marks;

    public IngestBench(int pages, int threads, List<Integer> marks) {
        this.pages = pages;
        this.threads = threads;
        this.marks = marks.stream().filter(m -> m < pages).sorted().toList();
    }

    public void run(PrintWriter out) throws IOException, StoreException {
        Path dir = Files.createTempDirectory("newsgraph-ingest-bench");
        try {
            Path warc = dir.resolve("news.warc.gz");
            long t = System.nanoTime();
            write(warc, pages);
            out.printf("wrote %,d generated pages into a %,d MB gzipped WARC in %.0f s%n", pages, Files.size(warc) >> 20,
                    (System.nanoTime() - t) / 1e9);
            out.flush();
            StageClock extract = new StageClock(), statements = new StageClock(), mentions = new StageClock();
            PageExtractor extractor = new ArticleExtractor();
            StatementFinder statementFinder = new StatementFinder();
            MentionFinder mentionFinder = new MentionFinder();
            PageProcessor processor = new PageProcessor(page -> extract.time(() -> extractor.extract(page)),
                    a -> statements.time(() -> statementFinder.find(a)), a -> mentions.time(() -> mentionFinder.find(a)));
            long[] markNanos = new long[marks.size()];
            long start = System.nanoTime();
            long cpuStart = ProcessCpu.nanos();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            IngestSummary summary;
            try (NewsStore db = NewsStore.open(dir.resolve("db"))) {
                IngestPipeline pipeline = new IngestPipeline(db, new PageReader(), processor, threads, 200, (done, total, a, u, f) -> {
                    for (int m = 0; m < marks.size(); m++) if (markNanos[m] == 0 && done >= marks.get(m)) markNanos[m] = System.nanoTime();
                });
                summary = pipeline.run(List.of(new WarcInput(warc, warc.toString(), PageReader.DEFAULT_MAX_BYTES)), List.of());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (ProcessCpu.nanos() - cpuStart) / 1e9;
            out.printf("ingested %,d pages (%,d new, %,d failed) with %d worker threads in %.0f s: %.1f pages/s;"
                            + " %.0f CPU-s for the whole process: %.1f pages per CPU-second (holds when other programs load the machine)%n",
                    summary.files(), summary.added(), summary.failed(), threads, seconds, summary.files() / seconds, cpuSeconds,
                    summary.files() / cpuSeconds);
            long previousNanos = start;
            int previousMark = 0;
            for (int m = 0; m <= marks.size(); m++) {
                long nanos = m < marks.size() ? markNanos[m] : start + (long) (seconds * 1e9);
                int mark = m < marks.size() ? marks.get(m) : (int) summary.files();
                if (nanos == 0) continue;
                out.printf("  pages %,7d-%,7d: %.1f pages/s%n", previousMark, mark, (mark - previousMark) / ((nanos - previousNanos) / 1e9));
                previousNanos = nanos;
                previousMark = mark;
            }
            long n = summary.files();
            out.printf("CPU ms per page: extraction %.2f, statements %.2f, names %.2f (reading, hashing and the store: the rest of"
                    + " %.2f ms of wall time per page per thread)%n", extract.millisPer(n), statements.millisPer(n), mentions.millisPer(n),
                    seconds * 1000 * threads / n);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            out.printf("peak heap %,d MB (max heap %,d MB)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** A gzipped WARC of {@code pages} response records, as a news crawl stores them. */
    static void write(Path file, int pages) throws IOException {
        Instant date = Instant.parse("2024-06-01T00:00:00Z");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                byte[] html = SyntheticNewsSite.page(i).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create(SyntheticNewsSite.url(i))).date(date.plusSeconds(i))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build()).build());
            }
        }
    }

    /** CPU time spent in one stage, summed over the worker threads. */
    private static final class StageClock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final LongAdder nanos = new LongAdder();

        <T> T time(Supplier<T> work) {
            long t = THREADS.getCurrentThreadCpuTime();
            try {
                return work.get();
            } finally {
                nanos.add(THREADS.getCurrentThreadCpuTime() - t);
            }
        }

        double millisPer(long pages) {
            return nanos.sum() / 1e6 / Math.max(1, pages);
        }
    }
}
