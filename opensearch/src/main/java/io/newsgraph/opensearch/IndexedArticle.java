package io.newsgraph.opensearch;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsgraph.entities.ArticleEntities;
import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.extract.Article;
import io.newsgraph.store.StoredArticles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article as the OpenSearch index holds it (the fields of {@code article-index.json}), immutable.
 *
 * @param published    as stored, for display
 * @param publishedAt  the same, for date ranges (the server parses it; unparsable values are kept out of ranges)
 * @param speakers     the statements' speakers, by canonical entity name where the speaker is an entity
 * @param entities     the canonical names of the entities the article names
 */
record IndexedArticle(String source, String title, String dek, String body, String outlet, String published,
                      @JsonProperty("published_at") String publishedAt, List<String> speakers, List<String> entities) {

    /** @param names canonical name and type by entity id, as {@code EntityQueries.names()} gives them */
    static IndexedArticle of(StoredArticles.Stored stored, Map<String, ArticleEntity> names) {
        Article a = stored.article();
        Set<String> speakers = new LinkedHashSet<>();
        for (int i = 0; i < stored.statements().size(); i++) {
            String id = stored.statementEntities().get(i);
            ArticleEntity entity = id == null ? null : names.get(id);
            String speaker = entity != null ? entity.name() : stored.statements().get(i).speaker();
            if (speaker != null && !speaker.isBlank()) speakers.add(speaker);
        }
        List<String> entities = ArticleEntities.of(stored.mentions(), stored.mentionEntities(), names::get).stream()
                .map(ArticleEntity::name).distinct().toList();
        return new IndexedArticle(a.source(), a.title(), a.dek(), a.text(), a.outlet(), a.published(), a.published(),
                List.copyOf(speakers), entities);
    }
}
