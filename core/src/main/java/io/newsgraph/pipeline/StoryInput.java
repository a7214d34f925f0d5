package io.newsgraph.pipeline;

import io.newsgraph.entities.ArticleEntities;
import io.newsgraph.entities.Mention;
import io.newsgraph.extract.Article;
import io.newsgraph.quotes.Statement;
import io.newsgraph.stories.StoryArticle;
import io.newsgraph.stories.StoryStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the stories stage reads of one processed article: its statements and entities, speakers bound to entity ids. */
public final class StoryInput {
    private StoryInput() {}

    /**
     * The article as a story article; null when it has no readable publication date, because a story is
     * a window in time and an undated article cannot be placed in one.
     *
     * @param mentionIds the entity id of each mention, null where unresolved
     */
    public static StoryArticle of(String id, Article a, List<Statement> statements, List<Mention> mentions,
                                  List<String> mentionIds) {
        LocalDateTime published;
        try {
            published = a.published() == null ? null : StoryArticle.parsePublished(a.published());
        } catch (DateTimeParseException e) {
            published = null;
        }
        if (published == null) return null;
        List<StoryStatement> said = new ArrayList<>();
        for (Statement s : statements) {
            String entity = ArticleEntities.speakerEntity(s.speaker(), mentions, mentionIds);
            said.add(new StoryStatement(entity != null ? entity : s.speaker(), s.text()));
        }
        List<String> entities = mentionIds.stream().filter(Objects::nonNull).toList();
        return new StoryArticle(id, a.outlet(), published, a.title(), a.text(), said, entities, a.creditedSource());
    }
}
