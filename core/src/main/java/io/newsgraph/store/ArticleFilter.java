package io.newsgraph.store;

import java.util.List;

/** The outlet, publication-date and entity filters that every listing of stored articles accepts, as SQL. */
final class ArticleFilter {
    private ArticleFilter() {}

    /** Appends the clauses for the non-null filters, on the articles table aliased {@code a}. */
    static void append(StringBuilder sql, List<String> params, String outlet, String from, String to) {
        append(sql, params, outlet, from, to, null);
    }

    /**
     * The FROM clause of a full-text match ({@code articles_fts MATCH ?} follows) with the articles table
     * joined as {@code a} only when a filter needs it: reading 100,000 article rows for a common word
     * costs more than the match itself.
     */
    static String matchFrom(SearchQuery q) {
        boolean filtered = q.outlet() != null || q.from() != null || q.to() != null || q.entity() != null || q.story() != null;
        return " FROM articles_fts" + (filtered ? " JOIN articles a ON a.page_id = articles_fts.rowid" : "") + " WHERE articles_fts MATCH ?";
    }

    /** The filters of a search. */
    static void append(StringBuilder sql, List<String> params, SearchQuery q) {
        append(sql, params, q.outlet(), q.from(), q.to(), q.entity());
        if (q.story() != null) {
            sql.append(" AND a.page_id IN (SELECT s.page_id FROM story_members s WHERE s.story_id = ?)");
            params.add(Long.toString(StoryQueries.number(q.story())));
        }
    }

    /** As above, plus: only articles that mention the entity {@code entity} (an id such as "E17"), when not null. */
    static void append(StringBuilder sql, List<String> params, String outlet, String from, String to, String entity) {
        if (outlet != null) {
            sql.append(" AND a.outlet = ? COLLATE NOCASE");
            params.add(outlet);
        }
        if (from != null) {
            sql.append(" AND substr(a.published, 1, 10) >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND substr(a.published, 1, 10) <= ?");
            params.add(to);
        }
        if (entity != null) {
            sql.append(" AND a.page_id IN (SELECT m.page_id FROM mentions m WHERE m.entity_id = ?)");
            params.add(Long.toString(EntityTables.number(entity)));
        }
    }
}
