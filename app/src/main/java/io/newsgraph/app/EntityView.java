package io.newsgraph.app;

import io.newsgraph.entities.ArticleEntities;
import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.entities.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What {@link Json#article} prints of entities for one article: each statement's speaker entity, and the entities named. */
public record EntityView(List<ArticleEntity> speakers, List<ArticleEntity> entities) {

    /**
     * @param speakerIds the entity id of each statement's speaker, null where none
     * @param mentionIds the entity id of each mention, null where unresolved
     * @param lookup     canonical name and type by entity id
     */
    public static EntityView of(List<String> speakerIds, List<Mention> mentions, List<String> mentionIds,
                         Function<String, ArticleEntity> lookup) {
        List<ArticleEntity> speakers = new ArrayList<>(speakerIds.size());
        for (String id : speakerIds) speakers.add(id == null ? null : lookup.apply(id));
        return new EntityView(speakers, ArticleEntities.of(mentions, mentionIds, lookup));
    }

    /** Speaker entity ids found among the article's own mentions, as {@code extract} does without a store. */
    static List<String> speakerIds(List<String> speakers, List<Mention> mentions, List<String> mentionIds) {
        List<String> out = new ArrayList<>(speakers.size());
        for (String s : speakers) out.add(ArticleEntities.speakerEntity(s, mentions, mentionIds));
        return out;
    }
}
