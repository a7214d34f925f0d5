package io.newsgraph.entities;

import java.util.Map;
import java.util.Set;

/**
 * One person, organization or place across documents, immutable: a snapshot of {@link EntityResolver}.
 *
 * @param id       stable while the entity lives ("E17"); when two entities merge, the older id stays
 * @param name     the canonical name: the fullest form most often written
 * @param type     PERSON, ORG or LOC (as {@link EntityType#name()})
 * @param variants every form seen, as written, with how many mentions used it
 * @param articles the articles that mention it
 */
public record Entity(String id, String name, String type, Map<String, Integer> variants, Set<String> articles) {

    public Entity {
        variants = Map.copyOf(variants);
        articles = Set.copyOf(articles);
    }
}
