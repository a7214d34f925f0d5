package io.newsgraph.eval;

import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.stories.LexicalEncoder;
import io.newsgraph.stories.StoryArticle;
import io.newsgraph.stories.StoryClusterer;
import io.newsgraph.stories.StoryOptions;
import io.newsgraph.stories.SyntheticStories;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the stories stage costs per batch of new articles through the store, as the store grows: a
 * synthetic stream ({@link SyntheticStories}, 250 articles a day) is placed in order; at each mark, each
 * round places one batch with a fresh stage (a new process: it first loads the stored articles of the
 * window from the store) and the next batch with the same stage (an ingest going on). The peer, in the
 * same run, is the bare in-memory {@link StoryClusterer} on the same batches. Statements are encoded with
 * {@link LexicalEncoder} in both, so the figures are the clustering and the store; reading each article
 * back from the store and MiniLM encoding ({@code StoriesBench} prints its cost) are not in them.
 */
public final class StoriesStoreBench {
    private final List<Integer> marks;
    private final int batch;
    private final int rounds;

    public StoriesStoreBench(List<Integer> marks, int batch, int rounds) {
        if (marks.isEmpty() || batch < 1 || rounds < 1) throw new IllegalArgumentException("need a mark, a batch and a round");
        this.marks = marks.stream().sorted().toList();
        this.batch = batch;
        this.rounds = rounds;
    }

    public void run(PrintWriter out) throws StoreException, IOException {
        int perMark = 2 * rounds * batch;
        int last = marks.get(marks.size() - 1);
        SyntheticStories.Stream stream = new SyntheticStories(11L).generate(last + marks.size() * perMark);
        Path dir = Files.createTempDirectory("newsgraph-stories-bench");
        try (NewsStore db = NewsStore.open(dir)) {
            long t = System.nanoTime();
            List<StoryArticle> articles = StoredStories.write(db, stream.articles(), stream.truth()).articles();
            out.printf("wrote %,d synthetic pages in %.0f s%n", articles.size(), (System.nanoTime() - t) / 1e9);
            out.flush();
            StoryClusterer peer = new StoryClusterer(StoryOptions.DEFAULTS, new LexicalEncoder());
            int next = 0;
            double firstCold = 0;
            for (int mark : marks) {
                t = System.nanoTime();
                StoryStage filler = stage(db);
                while (next < mark) {
                    List<StoryArticle> b = articles.subList(next, Math.min(mark, next + batch));
                    filler.place(b, List.of());
                    b.forEach(peer::add);
                    next += b.size();
                }
                out.printf("placed up to %,d in %.0f s%n", mark, (System.nanoTime() - t) / 1e9);
                double[] cold = new double[rounds], warm = new double[rounds], bare = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    List<StoryArticle> first = articles.subList(next, next + batch);
                    List<StoryArticle> second = articles.subList(next + batch, next + 2 * batch);
                    next += 2 * batch;
                    System.gc();
                    StoryStage stage = stage(db);
                    cold[r] = seconds(() -> stage.place(first, List.of()));
                    warm[r] = seconds(() -> stage.place(second, List.of()));
                    bare[r] = seconds(() -> {
                        first.forEach(peer::add);
                        second.forEach(peer::add);
                    }) / 2;
                }
                double c = median(cold), w = median(warm), b = median(bare);
                if (firstCold == 0) firstCold = c;
                out.printf("stored %,7d: per %,d new articles (median of %d): new process %.3f s, running ingest %.3f s,"
                                + " in-memory clusterer %.3f s; store ÷ memory %.1f× and %.1f×; new process %.2f× the first mark%n",
                        mark, batch, rounds, c, w, b, c / b, w / b, c / firstCold);
                out.flush();
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static StoryStage stage(NewsStore db) {
        return new StoryStage(db, new LexicalEncoder(), StoryOptions.DEFAULTS);
    }

    private interface Timed {
        void run() throws StoreException;
    }

    private static double seconds(Timed work) throws StoreException {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e9;
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
