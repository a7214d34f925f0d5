package io.newsgraph.stories;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the stories stage needs of one stored article, immutable. The store builds it from an article,
 * its statements and its resolved entities; nothing here depends on how those were found.
 *
 * @param id             the article's stable id (a story is named after its first article's id)
 * @param outlet         the publication, as it names itself
 * @param published      publication time; a date-only publication is the start of that day
 * @param title          the headline, or empty
 * @param text           the body
 * @param statements     who said what, in order of appearance
 * @param entities       ids (or canonical names) of the persons, organizations and places it mentions
 * @param creditedSource the source the page credits ("Source: X", a dateline agency), or null
 */
public record StoryArticle(String id, String outlet, LocalDateTime published, String title, String text,
        List<StoryStatement> statements, List<String> entities, String creditedSource) {

    public StoryArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published (an article without a date cannot be placed in a story window)");
        outlet = outlet == null ? "" : outlet;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        statements = statements == null ? List.of() : List.copyOf(statements);
        entities = entities == null ? List.of() : List.copyOf(entities.stream().distinct().sorted().toList());
    }

    /** The publication day, the unit of the story window. */
    public LocalDate day() {
        return published.toLocalDate();
    }

    /** The outlet, or "article &lt;id&gt;" when extraction found none, so unknown outlets never pool together. */
    public String outletLabel() {
        return outlet.isBlank() ? "article " + id : outlet;
    }

    public Optional<String> credited() {
        return Optional.ofNullable(creditedSource).filter(s -> !s.isBlank());
    }

    /**
     * Parses {@code extract.Article.published}: an ISO-8601 local date-time ("2024-04-13T22:31") or a
     * date ("2023-07-24", read as the start of that day).
     */
    public static LocalDateTime parsePublished(String iso) {
        Objects.requireNonNull(iso, "published");
        return iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
    }
}
