package io.newsgraph.eval;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.extract.html.HtmlExtractor;
import io.newsgraph.ingest.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Measures HTML extraction speed and heap on pages already in memory: warm-up passes, then measured
 * passes on one thread (pages/s per core) and on a pool of threads (pages/s total), with the live heap
 * read after a full GC between passes (flat when extraction streams) and the peak heap over all of them.
 *
 * <p>Only extraction is timed: pages are loaded before, and the GCs between passes are outside the
 * clocks. This is a benchmark to run from {@code newsgraph bench extraction}, not from unit tests, whose
 * timings on a shared machine mean nothing.
 */
public final class ExtractionSpeed {
    private final Supplier<? extends PageExtractor> extractors;
    private final HeapProbe heap = new HeapProbe();

    /** Measures {@link HtmlExtractor}. */
    public ExtractionSpeed() {
        this(HtmlExtractor::new);
    }

    /** Measures the extractors {@code extractors} makes; each worker thread gets its own. */
    public ExtractionSpeed(Supplier<? extends PageExtractor> extractors) {
        this.extractors = Objects.requireNonNull(extractors, "extractors");
    }

    public SpeedReport run(List<Page> pages, SpeedOptions options) {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to extract");
        PageExtractor single = extractors.get();
        PassResult pass = null;
        for (int i = 0; i < options.warmupRounds(); i++) {
            pass = onOneThread(single, pages);
        }
        List<Long> liveHeap = new ArrayList<>();
        long liveBefore = heap.liveBytesAfterGc(); // the pages themselves, and the extractor's warm state
        heap.resetPeaks();

        long singleNanos = 0;
        long singleCpuNanos = 0;
        for (int r = 0; r < options.rounds(); r++) {
            long cpu = ProcessCpu.nanos();
            long start = System.nanoTime();
            pass = onOneThread(single, pages);
            singleNanos += System.nanoTime() - start;
            singleCpuNanos += ProcessCpu.nanos() - cpu;
            liveHeap.add(heap.liveBytesAfterGc());
        }

        long allNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<PageExtractor> perThread = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) perThread.add(extractors.get());
            for (int r = 0; r < options.rounds(); r++) {
                long start = System.nanoTime();
                PassResult parallel = onPool(pool, perThread, pages);
                allNanos += System.nanoTime() - start;
                liveHeap.add(heap.liveBytesAfterGc());
                pass = pass.failed() >= parallel.failed() ? pass : parallel;
            }
        } finally {
            pool.shutdownNow();
        }
        long htmlChars = pages.stream().mapToLong(p -> p.text().length()).sum();
        return new SpeedReport(pages.size(), htmlChars, options.rounds(), options.threads(), pass.failed(),
                singleNanos / 1e9, singleCpuNanos / 1e9, allNanos / 1e9, heap.peakBytesSinceReset(), liveBefore, liveHeap, pass.bodyChars());
    }

    /** What one pass over all pages produced. */
    private record PassResult(long bodyChars, int failed) {
        PassResult plus(PassResult o) {
            return new PassResult(bodyChars + o.bodyChars, failed + o.failed);
        }
    }

    private static PassResult onOneThread(PageExtractor extractor, List<Page> pages) {
        PassResult sum = new PassResult(0, 0);
        for (Page page : pages) sum = sum.plus(extractOne(extractor, page));
        return sum;
    }

    /** Workers take the next page from a shared counter, so a slow page does not idle the other cores. */
    private static PassResult onPool(ExecutorService pool, List<PageExtractor> perThread, List<Page> pages) {
        AtomicInteger next = new AtomicInteger();
        List<Future<PassResult>> workers = new ArrayList<>();
        for (PageExtractor extractor : perThread) {
            workers.add(pool.submit(() -> {
                PassResult sum = new PassResult(0, 0);
                for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                    sum = sum.plus(extractOne(extractor, pages.get(i)));
                }
                return sum;
            }));
        }
        PassResult total = new PassResult(0, 0);
        for (Future<PassResult> w : workers) {
            try {
                total = total.plus(w.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during an all-cores pass", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("an all-cores worker died: " + e.getCause(), e.getCause());
            }
        }
        return total;
    }

    /** A page whose extraction throws counts as failed and the run goes on, as in ingest. */
    private static PassResult extractOne(PageExtractor extractor, Page page) {
        try {
            Article article = extractor.extract(page);
            String text = article == null ? null : article.text();
            return new PassResult(text == null ? 0 : text.length(), 0);
        } catch (RuntimeException | StackOverflowError e) {
            return new PassResult(0, 1);
        }
    }
}
