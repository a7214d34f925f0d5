package io.newsgraph.store;

import java.util.List;

/** The outlet, publication-date and entity filters that every listing of stored articles accepts, as SQL. */
final class ArticleFilter {
    private ArticleFilter() {}

    /** Appends the clauses for the non-null filters, on the articles table aliased {@code a}. */
    static void append(StringBuilder sql, List<String> params, String outlet, String from, String to) {
        append(sql, params, outlet, from, to, null);
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
