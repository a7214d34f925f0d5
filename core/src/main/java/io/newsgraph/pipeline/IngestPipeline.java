package io.newsgraph.pipeline;

import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Streams files through reading and the per-document stages on a pool of workers, and writes the
 * results from one thread in batched transactions. At most {@code 4 × threads} pages are in memory at
 * once, and a batch is also flushed after a second of quiet, so a crash loses little work.
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

    /** A worker's answer for one file. Exactly one of the fields is set. */
    private record Result(ProcessedPage processed, NewsStore.ReadFailure unreadable, String unchangedSource) {}

    public IngestSummary run(SourceFiles.Expansion input) throws StoreException {
        Set<String> settled = ConcurrentHashMap.newKeySet();
        settled.addAll(store.settledHashes());
        List<SourceFiles.Entry> files = input.files();
        BlockingQueue<Result> results = new LinkedBlockingQueue<>();
        Semaphore inFlight = new Semaphore(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
        Thread feeder = new Thread(() -> {
            for (SourceFiles.Entry entry : files) {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    Result result;
                    try {
                        result = work(entry, settled);
                    } catch (Throwable e) {
                        // Every file must yield a result, or the writer would wait for it forever.
                        result = new Result(null, new NewsStore.ReadFailure(entry.source(), "internal error: " + e), null);
                    }
                    results.add(result);
                    inFlight.release();
                });
            }
        }, "newsgraph-feeder");
        feeder.setDaemon(true);
        feeder.start();

        Tally tally = new Tally(files.size() + input.missing().size());
        List<NewsStore.ReadFailure> missing = input.missing().stream()
                .map(m -> new NewsStore.ReadFailure(m.source(), m.reason())).toList();
        tally.unreadable(missing);
        Batch batch = new Batch();
        batch.failures.addAll(missing);
        try {
            long lastFlush = System.nanoTime();
            for (int received = 0; received < files.size(); ) {
                Result r = results.poll(200, TimeUnit.MILLISECONDS);
                if (r != null) {
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
                progress.update(tally.done(), tally.total, tally.added, tally.unchanged, tally.failures.size());
            }
            flush(batch, tally);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        progress.update(tally.done(), tally.total, tally.added, tally.unchanged, tally.failures.size());
        Comparator<IngestSummary.Failure> bySource = Comparator.comparing(IngestSummary.Failure::source);
        tally.failures.sort(bySource);
        tally.notArticles.sort(bySource);
        return new IngestSummary(tally.total, tally.added, tally.unchanged, tally.failures, tally.notArticles);
    }

    private Result work(SourceFiles.Entry entry, Set<String> settled) {
        Page page;
        try {
            page = reader.read(entry.file(), entry.source());
        } catch (PageReadException e) {
            return new Result(null, new NewsStore.ReadFailure(entry.source(), e.getMessage()), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Result(null, new NewsStore.ReadFailure(entry.source(), "cannot read: " + e), null);
        }
        if (settled.contains(page.contentHash())) return new Result(null, null, entry.source());
        return new Result(processor.process(page), null, null);
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
        final long total;
        long added;
        long unchanged;
        final List<IngestSummary.Failure> failures = new ArrayList<>();
        final List<IngestSummary.Failure> notArticles = new ArrayList<>();

        Tally(long total) {
            this.total = total;
        }

        void unreadable(List<NewsStore.ReadFailure> fs) {
            for (var f : fs) failures.add(new IngestSummary.Failure(f.source(), f.reason()));
        }

        long done() {
            return added + unchanged + failures.size();
        }
    }
}
