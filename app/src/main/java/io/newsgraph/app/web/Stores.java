package io.newsgraph.app.web;

import io.newsgraph.app.PendingStages;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The store as the server's threads share it: a fixed set of read connections handed out one request at a
 * time (a SQLite connection is not for two threads at once; WAL lets readers run beside the writer), and one
 * writer connection used under a lock, since the store has one writer.
 */
final class Stores implements AutoCloseable {
    /** Work on one connection that may fail with a store error. */
    interface Work<T> {
        T apply(NewsStore db) throws StoreException;
    }

    /**
     * How long a request waits for a read connection before it is answered 503: past it, the server is
     * overloaded, and a client that waited longer has likely given up (its work would only delay the next ones).
     */
    static final long READER_WAIT_SECONDS = 10;

    private final BlockingQueue<NewsStore> readers;
    private final List<NewsStore> all = new ArrayList<>();
    private final NewsStore writer;

    Stores(Path dir, int readerCount) throws StoreException {
        writer = NewsStore.open(dir);
        all.add(writer);
        // Entities and stories left pending by an interrupted ingest are done before the first query, as the CLI does.
        PendingStages.finish(writer);
        readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            NewsStore r = NewsStore.open(dir);
            all.add(r);
            readers.add(r);
        }
    }

    <T> T read(Work<T> work) throws StoreException {
        NewsStore db;
        try {
            db = readers.poll(READER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        }
        if (db == null) {
            throw new ApiException(503, "busy: no store connection came free in " + READER_WAIT_SECONDS + " s; try again later");
        }
        try {
            return work.apply(db);
        } finally {
            readers.add(db);
        }
    }

    <T> T write(Work<T> work) throws StoreException {
        synchronized (writer) {
            return work.apply(writer);
        }
    }

    @Override
    public void close() throws StoreException {
        for (NewsStore s : all) s.close();
    }
}
