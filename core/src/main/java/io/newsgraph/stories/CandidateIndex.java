package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the stored articles worth comparing with a new one without looking at the others: posting lists
 * keyed by (LSH band of the shingle signature, day) and by (entity, day). A lookup reads only the days of
 * the window, so its cost depends on how many articles a day brings, not on how many are stored.
 * Entities are used rarest first (a country named in every article finds everything and says little).
 */
final class CandidateIndex {
    private final StoryOptions options;
    private final Map<Long, IntList> postings = new HashMap<>();
    private final Map<String, Integer> entityCounts = new HashMap<>();

    CandidateIndex(StoryOptions options) {
        this.options = options;
    }

    void add(int index, ArticleFeatures f) {
        for (long key : bandKeys(f)) postings.computeIfAbsent(key ^ StableHash.mix(f.day()), k -> new IntList()).add(index);
        for (String e : f.entities()) {
            postings.computeIfAbsent(entityKey(e) ^ StableHash.mix(f.day()), k -> new IntList()).add(index);
            entityCounts.merge(e, 1, Integer::sum);
        }
    }

    /** Stored articles in the window sharing a band or a rare entity, most shared keys first, at most {@code maxCandidates}. */
    int[] candidates(ArticleFeatures f) {
        Map<Integer, Integer> hits = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (long band : bandKeys(f)) keys.add(band);
        for (String e : rarest(f.entities())) keys.add(entityKey(e));
        for (long day = f.day() - options.windowDays(); day <= f.day() + options.windowDays(); day++) {
            long dayKey = StableHash.mix(day);
            for (long key : keys) {
                IntList list = postings.get(key ^ dayKey);
                if (list == null) continue;
                for (int i = 0; i < list.size(); i++) hits.merge(list.get(i), 1, Integer::sum);
            }
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(options.maxCandidates()).mapToInt(Map.Entry::getKey).toArray();
    }

    private List<String> rarest(List<String> entities) {
        return entities.stream()
                .sorted(Comparator.<String>comparingInt(e -> entityCounts.getOrDefault(e, 0)).thenComparing(Comparator.naturalOrder()))
                .limit(options.entityKeys()).toList();
    }

    private long[] bandKeys(ArticleFeatures f) {
        int[] sig = f.text().shingles();
        long[] keys = new long[options.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = 0x51_7c_c1_b7_27_22_0a_95L * (b + 1);
            for (int r = 0; r < options.rows(); r++) h = StableHash.mix(h ^ sig[b * options.rows() + r]);
            keys[b] = h;
        }
        return keys;
    }

    private static long entityKey(String entity) {
        return StableHash.of("entity:" + entity);
    }
}
