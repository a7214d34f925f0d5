package io.newsgraph.store;

import java.util.List;

/** The outlet and publication-date filters that every listing of stored articles accepts, as SQL. */
final class ArticleFilter {
    private ArticleFilter() {}

    /** Appends the clauses for the non-null filters, on the articles table aliased {@code a}. */
    static void append(StringBuilder sql, List<String> params, String outlet, String from, String to) {
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
    }
}
