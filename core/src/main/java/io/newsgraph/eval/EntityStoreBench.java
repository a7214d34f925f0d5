package io.newsgraph.eval;

import io.newsgraph.entities.EntityResolver;
import io.newsgraph.entities.SyntheticNames;
import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What entity resolution costs per batch of new articles once many are stored, through the store as
 * ingest does it: the mentions of synthetic articles ({@link SyntheticNames}) are stored as found, the
 * stored ones resolved once, untimed; then each round stores a batch and times a fresh entity stage on
 * it (a new process: it loads the saved resolver first), then stores another and times the same stage on
 * it (a long ingest going on). The peer, in the same run, is the bare in-memory resolver on the
 * same batches; the figures are the ratio of the two. Mention finding is not timed: it runs per page in
 * the worker pool, before this stage.
 */
public final class EntityStoreBench {
    private final int stored;
    private final int batch;
    private final int rounds;

    public EntityStoreBench(int stored, int batch, int rounds) {
        this.stored = stored;
        this.batch = batch;
        this.rounds = rounds;
    }

    public void run(PrintWriter out) throws StoreException, IOException {
        int total = stored + 2 * rounds * batch;
        SyntheticNames gen = new SyntheticNames(42L);
        List<SyntheticNames.Article> articles = gen.articles(gen.persons((int) (total * 2.6 / 5) + 1, true), 5);
        if (articles.size() < total) throw new IllegalStateException("generated only " + articles.size() + " articles");
        Path dir = Files.createTempDirectory("newsgraph-entity-bench");
        try (NewsStore db = NewsStore.open(dir)) {
            long t = System.nanoTime();
            for (int i = 0; i < stored; i += batch) write(db, articles.subList(i, Math.min(stored, i + batch)));
            new EntityStage(db).resolvePending(Progress.NONE);
            out.printf("stored and resolved %,d synthetic articles in %.0f s%n", stored, (System.nanoTime() - t) / 1e9);
            out.flush();

            EntityResolver peer = new EntityResolver();
            for (SyntheticNames.Article a : articles.subList(0, stored)) peer.add(a.id(), a.mentions());
            List<double[]> times = new ArrayList<>();
            int next = stored;
            for (int r = 0; r < rounds; r++) {
                List<SyntheticNames.Article> first = articles.subList(next, next + batch);
                List<SyntheticNames.Article> second = articles.subList(next + batch, next + 2 * batch);
                next += 2 * batch;
                write(db, first);
                System.gc();
                EntityStage stage = new EntityStage(db);
                double cold = 1000 * Stopwatch.seconds(() -> stage.resolvePending(Progress.NONE));
                write(db, second);
                double warm = 1000 * Stopwatch.seconds(() -> stage.resolvePending(Progress.NONE));
                double bare = 1000 * Stopwatch.seconds(() -> {
                    for (SyntheticNames.Article a : first) peer.add(a.id(), a.mentions());
                    for (SyntheticNames.Article a : second) peer.add(a.id(), a.mentions());
                }) / 2;
                times.add(new double[] {cold, warm, bare});
                out.printf("round %d at %,d stored: new process %.0f ms, running ingest %.0f ms, in-memory resolver %.1f ms"
                        + " (per %,d articles)%n", r + 1, next - 2 * batch, cold, warm, bare, batch);
                out.flush();
            }
            double[] median = new double[3];
            for (int k = 0; k < 3; k++) {
                int col = k;
                List<double[]> sorted = new ArrayList<>(times);
                sorted.sort(Comparator.comparingDouble(x -> x[col]));
                median[k] = sorted.get(sorted.size() / 2)[k];
            }
            out.printf("entity stage per %,d new articles at %,d stored (median of %d): new process %.0f ms,"
                            + " running ingest %.0f ms; in-memory resolver %.1f ms; store ÷ memory %.0f× and %.0f×%n",
                    batch, stored, rounds, median[0], median[1], median[2], median[0] / median[2], median[1] / median[2]);
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static void write(NewsStore db, List<SyntheticNames.Article> articles) throws StoreException {
        List<ProcessedPage> pages = new ArrayList<>();
        for (SyntheticNames.Article a : articles) {
            Page page = new Page("synthetic/" + a.id(), null, PageType.TEXT, a.id(), "synthetic-" + a.id());
            Article article = Article.builder(page.source()).title(a.id()).text(String.join("; ",
                    a.mentions().stream().map(m -> m.text()).toList())).build();
            pages.add(ProcessedPage.ok(page, article, List.of(), a.mentions()));
        }
        db.write(pages, List.of());
    }
}
