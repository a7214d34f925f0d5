package io.newsgraph.entities;

import java.util.Map;

/** The name an entity goes by: of the full forms its mentions stand for, the one written most often. */
public final class CanonicalName {
    private CanonicalName() {}

    /**
     * From referents (the full forms mentions stand for, {@link Mention#referent}) with their counts: most
     * uses, an acronym only when nothing else is known, then the longest, then the alphabetically first.
     * A person's honorific ("Mr", "Sayyed") is not part of the name.
     */
    public static String choose(EntityType type, Map<String, Integer> referents) {
        String best = null;
        long bestScore = -1;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(referents).entrySet()) {
            String r = type == EntityType.PERSON ? MentionGroup.bareName(e.getKey()) : e.getKey();
            long score = e.getValue() * 2L + (NameKeys.isAcronym(r) ? 0 : 1_000_000_000L);
            if (best == null || score > bestScore || (score == bestScore && r.length() > best.length())) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }
}
