package io.newsgraph.store;

import java.util.stream.Collectors;

/**
 * Writes {@link SearchTerms} as an FTS5 query: every phrase quoted (so hyphens, colons and FTS5 keywords
 * in news text are taken literally), phrases of a group side by side (FTS5's implicit AND), groups joined
 * by {@code OR}, which binds looser than AND in FTS5 too.
 */
final class FtsQuery {
    private FtsQuery() {}

    static String of(String userQuery) {
        return SearchTerms.parse(userQuery).groups().stream()
                .map(group -> group.stream().map(p -> '"' + p.replace("\"", "\"\"") + '"').collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" OR "));
    }
}
