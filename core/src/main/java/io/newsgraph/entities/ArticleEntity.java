package io.newsgraph.entities;

import java.util.List;

/**
 * One entity as one article uses it, immutable: the corpus-wide id, canonical name and type, and the
 * forms this article writes it in (as written, without an honorific, and the full form a short one
 * stands for).
 */
public record ArticleEntity(String id, String name, EntityType type, List<String> variants) {

    public ArticleEntity {
        variants = List.copyOf(variants);
    }
}
