package io.newsgraph.entities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Block keys for organizations and places: the key of each full form (strong), of each shorter form the
 * entity is known by (weak), and each acronym. Keys carry the type, so an organization never meets a
 * place or a person. Stateless.
 */
final class NamedBlocks {
    private NamedBlocks() {}

    static String strongKey(EntityType type, String key) {
        return type + "|KS:" + key;
    }

    static String weakKey(EntityType type, String key) {
        return type + "|KW:" + key;
    }

    static String acronymKey(EntityType type, String acronym) {
        return type + "|A:" + acronym;
    }

    /** Where entities known only by an acronym are filed besides {@link #acronymKey}: a small block to check first. */
    static String acronymOnlyKey(EntityType type, String acronym) {
        return type + "|A0:" + acronym;
    }

    static Set<String> keys(EntityState e) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : e.strongKeys) out.add(strongKey(e.type, k));
        for (String k : e.weakKeys) out.add(weakKey(e.type, k));
        for (String a : e.acronyms) {
            out.add(acronymKey(e.type, a));
            if (e.isPartial()) out.add(acronymOnlyKey(e.type, a));
        }
        return out;
    }
}
