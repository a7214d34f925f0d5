package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long resolution takes per 1,000 new articles once 100,000 are stored. Pre-loads the mentions of
 * 100,000 synthetic articles ({@link SyntheticNames}: about 50,000 persons with pooled and invented
 * surnames, their organizations and cities), then times five more batches of 1,000 and prints each,
 * the median and the pairwise precision and recall reached at that size. Mention finding is not timed: it is per document and runs in the worker pool.
 *
 * <p>Run: {@code java -cp core/target/classes:<icu4j jar> io.newsgraph.entities.ResolutionBench [stored] [batch]}
 */
public final class ResolutionBench {
    private ResolutionBench() {}

    /** Pairwise precision and recall of person mentions → entities, from the sizes of truth × entity cells. */
    static String quality(EntityResolver resolver, List<SyntheticNames.Article> articles) {
        java.util.Map<String, Long> truth = new java.util.HashMap<>();
        java.util.Map<String, Long> predicted = new java.util.HashMap<>();
        java.util.Map<String, Long> both = new java.util.HashMap<>();
        for (SyntheticNames.Article a : articles) {
            for (int i = 0; i < a.mentions().size(); i++) {
                int t = a.truth().get(i);
                if (t < 0) continue;
                String e = resolver.entityOf(a.id(), i);
                truth.merge("P" + t, 1L, Long::sum);
                predicted.merge(e, 1L, Long::sum);
                both.merge(t + "/" + e, 1L, Long::sum);
            }
        }
        long tp = pairs(truth), pp = pairs(predicted), cp = pairs(both);
        return String.format("pairwise over all person mentions: P=%.4f R=%.4f", (double) cp / pp, (double) cp / tp);
    }

    private static long pairs(java.util.Map<String, Long> sizes) {
        long n = 0;
        for (long v : sizes.values()) n += v * (v - 1) / 2;
        return n;
    }

    public static void main(String[] args) {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int rounds = 5;
        SyntheticNames gen = new SyntheticNames(42L);
        int appearances = 5;
        // two or three persons an article, 2.5 on average
        int persons = (int) ((stored + (long) rounds * batch) * 2.6 / appearances) + 1;
        List<SyntheticNames.Article> articles = gen.articles(gen.persons(persons, true), appearances);
        if (articles.size() < stored + rounds * batch) throw new IllegalStateException("generated only " + articles.size() + " articles");

        EntityResolver resolver = new EntityResolver();
        long t0 = System.nanoTime();
        for (int i = 0; i < stored; i++) resolver.add(articles.get(i).id(), articles.get(i).mentions());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("pre-loaded %,d articles (%,d person slots) in %.0f ms: %,d entities%n", stored, persons * appearances, loadMs, resolver.size());

        List<Double> times = new ArrayList<>();
        int next = stored;
        for (int r = 0; r < rounds; r++) {
            System.gc(); // so a collection owed by the pre-load does not land in a timed batch
            long t = System.nanoTime();
            for (int i = 0; i < batch; i++, next++) resolver.add(articles.get(next).id(), articles.get(next).mentions());
            double ms = (System.nanoTime() - t) / 1e6;
            times.add(ms);
            System.out.printf("batch %d: %,d new articles at %,d stored: %.1f ms%n", r + 1, batch, next - batch, ms);
        }
        Collections.sort(times);
        System.out.println(quality(resolver, articles.subList(0, next)));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("resolution: %.1f ms per %,d new articles at %,d stored (median of %d); heap used %,d MB%n",
                times.get(times.size() / 2), batch, stored, rounds, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
