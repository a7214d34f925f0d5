package io.newsgraph.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link EntityResolver} needs of one entity to go on resolving after a restart, immutable: its name
 * evidence, keys, bounded context and block keys. A store saves it (as it likes) and
 * hands it back to {@link EntityResolver#restore}.
 *
 * @param mergedInto -1, or the id of the entity this one was merged into (its other fields are then empty)
 */
public record SavedEntity(int id, EntityType type, int mergedInto, Map<String, Integer> variants,
                          Map<String, Integer> referents, Set<String> givens, Set<String> surnames,
                          Set<String> strongKeys, Set<String> weakKeys, Set<String> acronyms,
                          Map<String, Integer> context, List<String> blockKeys) {

    public SavedEntity {
        variants = Map.copyOf(variants);
        referents = Map.copyOf(referents);
        givens = Set.copyOf(givens);
        surnames = Set.copyOf(surnames);
        strongKeys = Set.copyOf(strongKeys);
        weakKeys = Set.copyOf(weakKeys);
        acronyms = Set.copyOf(acronyms);
        context = Map.copyOf(context);
        blockKeys = List.copyOf(blockKeys);
    }
}
