package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * Finds the stored articles worth comparing with a new one without looking at the others: posting lists
 * keyed by (LSH band of the shingle signature, day) and by (entity, day). A lookup reads only the days of
 * the window, so its cost depends on how many articles a day brings, not on how many are stored.
 * Entities are used rarest in the window first: a country named in every article finds everything and
 * says little, while the person who spoke is named by few articles that week.
 */
final class CandidateIndex {
    private final StoryOptions options;
    private final Map<Long, IntList> postings = new HashMap<>();

    CandidateIndex(StoryOptions options) {
        this.options = options;
    }

    void add(int index, ArticleFeatures f) {
        long dayKey = StableHash.mix(f.day());
        for (long key : bandKeys(f)) postings.computeIfAbsent(key ^ dayKey, k -> new IntList()).add(index);
        for (String e : f.entities()) postings.computeIfAbsent(entityKey(e) ^ dayKey, k -> new IntList()).add(index);
    }

    /**
     * Stored articles in the window sharing a band or a rare entity, at most {@code maxCandidates}, ranked
     * by what they share: a band counts 1, an entity 1 / (articles naming it in the window), so the few
     * articles naming this week's speaker outrank the many naming a country. Ties go to the article added
     * first, by {@code position}, whatever order a restored clusterer loaded them in.
     */
    int[] candidates(ArticleFeatures f, IntToLongFunction position) {
        Map<Integer, Double> weights = new HashMap<>();
        for (long band : bandKeys(f)) add(weights, window(band, f.day()), 1.0);
        List<List<IntList>> entityLists = new ArrayList<>();
        for (String e : f.entities()) {
            List<IntList> lists = window(entityKey(e), f.day());
            if (!lists.isEmpty()) entityLists.add(lists);
        }
        entityLists.sort(Comparator.comparingInt(CandidateIndex::total)); // stable: ties keep the entities' order
        for (List<IntList> lists : entityLists.subList(0, Math.min(options.entityKeys(), entityLists.size()))) {
            add(weights, lists, 1.0 / total(lists));
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparingLong(e -> position.applyAsLong(e.getKey())))
                .limit(options.maxCandidates()).mapToInt(Map.Entry::getKey).toArray();
    }

    private static void add(Map<Integer, Double> weights, List<IntList> lists, double weight) {
        for (IntList list : lists) for (int i = 0; i < list.size(); i++) weights.merge(list.get(i), weight, Double::sum);
    }

    /** The non-empty posting lists of one key over the days of the window. */
    private List<IntList> window(long key, long day) {
        List<IntList> out = new ArrayList<>();
        for (long d = day - options.windowDays(); d <= day + options.windowDays(); d++) {
            IntList list = postings.get(key ^ StableHash.mix(d));
            if (list != null) out.add(list);
        }
        return out;
    }

    private static int total(List<IntList> lists) {
        int n = 0;
        for (IntList l : lists) n += l.size();
        return n;
    }

    private long[] bandKeys(ArticleFeatures f) {
        return ShingleSignature.bandKeys(f.text().shingles(), options.bands(), options.rows());
    }

    private static long entityKey(String entity) {
        return StableHash.of("entity:" + entity);
    }
}
