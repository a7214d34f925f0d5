package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Joins an article's mentions to the entities they were resolved to: the article's view, and its speakers. */
public final class ArticleEntities {
    private ArticleEntities() {}

    /**
     * The entities an article mentions, in order of first mention, each with the forms this article uses.
     *
     * @param ids    the entity id of each mention, null where it was not resolved
     * @param lookup canonical name and type by entity id (its variants are ignored)
     */
    public static List<ArticleEntity> of(List<Mention> mentions, List<String> ids, Function<String, ArticleEntity> lookup) {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (ids.get(i) == null) continue;
            Mention m = mentions.get(i);
            Set<String> f = forms.computeIfAbsent(ids.get(i), k -> new LinkedHashSet<>());
            f.add(m.text());
            f.add(MentionGroup.bareName(m.text()));
            f.add(m.referent());
        }
        List<ArticleEntity> out = new ArrayList<>();
        forms.forEach((id, f) -> {
            ArticleEntity e = lookup.apply(id);
            if (e != null) out.add(new ArticleEntity(id, e.name(), e.type(), List.copyOf(f)));
        });
        return out;
    }

    /**
     * The entity a statement's speaker (a name as the statement finder wrote it) is, among this article's
     * mentions: one written the same way first, else one {@link NameMatch} equates. Null when none is.
     */
    public static String speakerEntity(String speaker, List<Mention> mentions, List<String> ids) {
        if (speaker == null || speaker.isBlank()) return null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (ids.get(i) != null && (speaker.strip().equalsIgnoreCase(m.text()) || speaker.strip().equalsIgnoreCase(m.referent()))) {
                return ids.get(i);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (ids.get(i) != null && (NameMatch.matches(speaker, m.type(), m.referent())
                    || NameMatch.matches(speaker, m.type(), m.text()))) return ids.get(i);
        }
        return null;
    }
}
