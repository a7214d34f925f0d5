package io.newsgraph.eval;

import io.newsgraph.stories.LexicalEncoder;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.stories.SentenceEncoder;
import io.newsgraph.stories.StoryArticle;
import io.newsgraph.stories.StoryClusterer;
import io.newsgraph.stories.StoryOptions;
import io.newsgraph.stories.StoryStatement;
import io.newsgraph.stories.SyntheticStories;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What story clustering costs per 1,000 new articles as the store grows: a synthetic stream
 * ({@link SyntheticStories}, 250 articles a day, so a story window always holds about as many articles)
 * is added in order to one {@link StoryClusterer}, and the batches of 1,000 that arrive once 10,000,
 * 50,000 and 100,000 are stored are timed (the median of {@code repeats} consecutive batches: the machine is shared and a GC may fall in one). Then the
 * whole stream is scored with B-cubed against the planted truth. Statements are encoded with
 * {@link LexicalEncoder}; the cost {@link MiniLmEncoder} would add per 1,000 articles is measured apart
 * on the stream's own statements, since it does not depend on the store's size.
 */
public final class StoriesBench {
    private static final int BATCH = 1_000;
    private final List<Integer> marks;
    private final int repeats;

    public StoriesBench(List<Integer> marks, int repeats) {
        if (marks.isEmpty() || repeats < 1) throw new IllegalArgumentException("need at least one mark and one repeat");
        this.marks = List.copyOf(marks);
        this.repeats = repeats;
    }

    public void run(PrintWriter out) {
        int last = marks.get(marks.size() - 1);
        long t = System.nanoTime();
        SyntheticStories.Stream stream = new SyntheticStories(11L).generate(last + repeats * BATCH);
        out.printf("generated %,d synthetic articles in %.1f s%n", stream.articles().size(), (System.nanoTime() - t) / 1e9);
        out.flush();
        List<StoryArticle> articles = stream.articles();
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULTS, new LexicalEncoder());
        int next = 0;
        HeapProbe heap = new HeapProbe();
        double first = 0;
        for (int mark : marks) {
            while (next < mark) clusterer.add(articles.get(next++));
            double[] seconds = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                for (int i = 0; i < BATCH; i++) clusterer.add(articles.get(next++));
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[repeats / 2];
            if (first == 0) first = median;
            out.printf("stored %,7d: %.3f s per 1,000 new articles (median of %d batches, %.3f-%.3f), %.2f× the first mark, live heap %,d MB%n",
                    mark, median, repeats, seconds[0], seconds[repeats - 1], median / first, heap.liveBytesAfterGc() >> 20);
            out.flush();
        }
        while (next < articles.size()) clusterer.add(articles.get(next++));
        Map<String, String> predicted = new HashMap<>();
        for (StoryArticle a : articles) predicted.put(a.id(), clusterer.storyOf(a.id()).orElseThrow());
        out.println(BCubed.score(predicted, stream.truth()));
        out.printf("MiniLM statement encoding (not in the figures above): %.2f s per 1,000 articles%n",
                encodingSeconds(new MiniLmEncoder(), articles.subList(0, 300)) * BATCH / 300);
        out.flush();
    }

    private static double encodingSeconds(SentenceEncoder encoder, List<StoryArticle> sample) {
        encoder.encode("warm up the model once");
        long start = System.nanoTime();
        for (StoryArticle a : sample) for (StoryStatement s : a.statements()) encoder.encode(s.text());
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@code java … io.newsgraph.eval.StoriesBench [marks, default 10000,50000,100000] [repeats, default 5]}. */
    public static void main(String[] args) {
        List<Integer> marks = args.length > 0 ? Arrays.stream(args[0].split(",")).map(Integer::parseInt).toList()
                : List.of(10_000, 50_000, 100_000);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        new StoriesBench(marks, repeats).run(new PrintWriter(System.out, true));
    }
}
