package io.newsgraph.pipeline;

import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.PendingPage;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams inputs through reading and the per-document stages on a pool of workers, and writes the
 * results from one thread in batched transactions. A feeder thread reads the inputs one after the other
 * (a WARC archive yields its pages lazily, so only the current record is held); at most
 * {@code 4 × threads} pages are in memory at once, and a batch is also flushed after a second of quiet,
 * so a crash loses little work.
 */
public final class IngestPipeline {
    private static final long FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final NewsStore store;
    private final PageReader reader;
    private final PageProcessor processor;
    private final int threads;
    private final int batchSize;
    private final Progress progress;

    public IngestPipeline(NewsStore store, PageReader reader, PageProcessor processor,
                          int threads, int batchSize, Progress progress) {
        this.store = store;
        this.reader = reader;
        this.processor = processor;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.progress = progress;
    }

    /**
     * A worker's answer for one page, or the feeder's for an input that failed. Exactly one of the fields
     * is set, except in the feeder's last message, {@link #end}.
     */
    private record Result(ProcessedPage processed, NewsStore.ReadFailure unreadable, String unchangedSource, long pagesSent) {
        static Result end(long pagesSent) {
            return new Result(null, null, null, pagesSent);
        }

        boolean isEnd() {
            return pagesSent >= 0;
        }
    }

    /** Files and folders as expanded: each file is one input (a WARC archive yields many pages). */
    public IngestSummary run(SourceFiles.Expansion input) throws StoreException {
        return run(inputsOf(input), missingOf(input));
    }

    /** The inputs of expanded files, read with this pipeline's size limit. */
    List<PageInput> inputsOf(SourceFiles.Expansion input) {
        return FileInputs.of(input.files(), reader.maxBytes());
    }

    /** Inputs already known to be unreadable (missing paths), as failures to record. */
    static List<NewsStore.ReadFailure> missingOf(SourceFiles.Expansion input) {
        return input.missing().stream().map(m -> new NewsStore.ReadFailure(m.source(), m.reason())).toList();
    }

    /**
     * Reads every input in turn on a feeder thread, processes their pages on the workers and writes them
     * here; {@code missing} are inputs already known to be unreadable, recorded as failures.
     */
    public IngestSummary run(List<PageInput> inputs, List<NewsStore.ReadFailure> missing) throws StoreException {
        Set<String> settled = ConcurrentHashMap.newKeySet();
        settled.addAll(store.settledHashes());
        BlockingQueue<Result> results = new LinkedBlockingQueue<>();
        Map<String, Long> skipped = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicLong seen = new AtomicLong(missing.size());
        PageInput.Sink sink = new PageInput.Sink() {
            @Override
            public void page(PendingPage page) {
                inFlight.acquireUninterruptibly();
                seen.incrementAndGet();
                pool.execute(() -> {
                    Result result;
                    try {
                        result = work(page, settled);
                    } catch (Throwable e) {
                        // Every page must yield a result, or the writer would wait for it forever.
                        result = failure(page.source(), "internal error: " + e);
                    }
                    results.add(result);
                    inFlight.release();
                });
            }

            @Override
            public void skipped(String reason) {
                skipped.merge(reason, 1L, Long::sum);
            }

            @Override
            public void failed(String source, String reason) {
                seen.incrementAndGet();
                results.add(failure(source, reason));
            }
        };
        Thread feeder = new Thread(() -> feed(inputs, sink, results, seen, missing.size()), "newsgraph-feeder");
        feeder.setDaemon(true);
        feeder.start();

        Tally tally = new Tally();
        tally.unreadable(missing);
        Batch batch = new Batch();
        batch.failures.addAll(missing);
        try {
            long lastFlush = System.nanoTime();
            long expected = -1; // known once the feeder has read every input
            for (long received = 0; expected < 0 || received < expected; ) {
                Result r = results.poll(200, TimeUnit.MILLISECONDS);
                if (r != null && r.isEnd()) {
                    expected = r.pagesSent();
                } else if (r != null) {
                    received++;
                    if (r.processed() != null) batch.pages.add(r.processed());
                    else if (r.unreadable() != null) batch.failures.add(r.unreadable());
                    else tally.unchanged++;
                    if (r.unreadable() != null) tally.unreadable(List.of(r.unreadable()));
                }
                if (batch.size() >= batchSize || System.nanoTime() - lastFlush > FLUSH_NANOS) {
                    flush(batch, tally);
                    lastFlush = System.nanoTime();
                }
                progress.update(tally.done(), seen.get(), tally.added, tally.unchanged, tally.failures.size());
            }
            flush(batch, tally);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        progress.update(tally.done(), tally.done(), tally.added, tally.unchanged, tally.failures.size());
        Comparator<IngestSummary.Failure> bySource = Comparator.comparing(IngestSummary.Failure::source);
        tally.failures.sort(bySource);
        tally.notArticles.sort(bySource);
        return new IngestSummary(tally.done(), tally.added, tally.unchanged, tally.failures, tally.notArticles, skipped);
    }

    /** The feeder: every input in order; an input that fails is one failure, after the pages it gave. */
    private static void feed(List<PageInput> inputs, PageInput.Sink sink, BlockingQueue<Result> results,
                             AtomicLong seen, long known) {
        try {
            for (PageInput input : inputs) {
                try {
                    input.readInto(sink);
                } catch (PageReadException e) {
                    sink.failed(input.source(), e.getMessage());
                } catch (RuntimeException e) {
                    sink.failed(input.source(), "cannot read: " + e);
                }
            }
        } finally {
            // everything sent so far, pages and failures alike, minus what the writer counted itself
            results.add(Result.end(seen.get() - known));
        }
    }

    private static Result failure(String source, String reason) {
        return new Result(null, new NewsStore.ReadFailure(source, reason), null, -1);
    }

    private Result work(PendingPage pending, Set<String> settled) {
        Page page;
        try {
            page = pending.read(reader);
        } catch (PageReadException e) {
            return failure(pending.source(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failure(pending.source(), "cannot read: " + e);
        }
        if (settled.contains(page.contentHash())) return new Result(null, null, pending.source(), -1);
        return new Result(processor.process(page), null, null, -1);
    }

    private void flush(Batch batch, Tally tally) throws StoreException {
        if (batch.size() == 0) return;
        List<NewsStore.Outcome> outcomes = store.write(batch.pages, batch.failures);
        for (int i = 0; i < outcomes.size(); i++) {
            ProcessedPage p = batch.pages.get(i);
            if (p.article() == null) {
                tally.failures.add(new IngestSummary.Failure(p.page().source(), p.failedStage() + ": " + p.reason()));
            } else if (outcomes.get(i) == NewsStore.Outcome.UNCHANGED) {
                tally.unchanged++;
            } else {
                tally.added++;
                if (!p.article().isArticle()) {
                    tally.notArticles.add(new IngestSummary.Failure(p.page().source(), p.reason()));
                }
            }
        }
        batch.pages.clear();
        batch.failures.clear();
    }

    private static final class Batch {
        final List<ProcessedPage> pages = new ArrayList<>();
        final List<NewsStore.ReadFailure> failures = new ArrayList<>();

        int size() {
            return pages.size() + failures.size();
        }
    }

    private static final class Tally {
        long added;
        long unchanged;
        final List<IngestSummary.Failure> failures = new ArrayList<>();
        final List<IngestSummary.Failure> notArticles = new ArrayList<>();

        void unreadable(List<NewsStore.ReadFailure> fs) {
            for (var f : fs) failures.add(new IngestSummary.Failure(f.source(), f.reason()));
        }

        long done() {
            return added + unchanged + failures.size();
        }
    }
}
