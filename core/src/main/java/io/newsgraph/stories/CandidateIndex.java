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

    /** Stored articles in the window sharing a band or a rare entity, most shared keys first, at most {@code maxCandidates}. */
    int[] candidates(ArticleFeatures f) {
        List<List<IntList>> keyLists = new ArrayList<>();
        for (long band : bandKeys(f)) keyLists.add(window(band, f.day()));
        List<List<IntList>> entityLists = new ArrayList<>();
        for (String e : f.entities()) {
            List<IntList> lists = window(entityKey(e), f.day());
            if (!lists.isEmpty()) entityLists.add(lists);
        }
        entityLists.sort(Comparator.comparingInt(CandidateIndex::total)); // stable: ties keep the entities' order
        keyLists.addAll(entityLists.subList(0, Math.min(options.entityKeys(), entityLists.size())));

        Map<Integer, Integer> hits = new HashMap<>();
        for (List<IntList> lists : keyLists) {
            for (IntList list : lists) for (int i = 0; i < list.size(); i++) hits.merge(list.get(i), 1, Integer::sum);
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(options.maxCandidates()).mapToInt(Map.Entry::getKey).toArray();
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
        int[] sig = f.text().shingles();
        long[] keys = new long[options.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = 0x517cc1b727220a95L * (b + 1);
            for (int r = 0; r < options.rows(); r++) h = StableHash.mix(h ^ sig[b * options.rows() + r]);
            keys[b] = h;
        }
        return keys;
    }

    private static long entityKey(String entity) {
        return StableHash.of("entity:" + entity);
    }
}
