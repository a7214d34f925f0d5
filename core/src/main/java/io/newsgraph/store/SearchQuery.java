package io.newsgraph.store;

/**
 * A full-text search with optional filters.
 *
 * @param text   the words; "quoted phrases" are matched as phrases
 * @param outlet only articles of this outlet (case-insensitive), or null
 * @param from   only articles published on or after this ISO date (yyyy-MM-dd), or null
 * @param to     only articles published on or before this ISO date, or null
 * @param entity only articles that mention this entity (an id such as "E17"), or null
 * @param story  only articles of this story (an id such as "S12"), or null
 * @param limit  at most this many hits
 */
public record SearchQuery(String text, String outlet, String from, String to, String entity, String story, int limit) {
    public SearchQuery {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty query");
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
        if (entity != null && !entity.matches("E\\d{1,18}")) throw new IllegalArgumentException("not an entity id: " + entity);
        if (story != null && StoryQueries.number(story) == null) throw new IllegalArgumentException("not a story id: " + story);
    }

    /** Without the entity and story filters. */
    public SearchQuery(String text, String outlet, String from, String to, int limit) {
        this(text, outlet, from, to, null, null, limit);
    }
}
