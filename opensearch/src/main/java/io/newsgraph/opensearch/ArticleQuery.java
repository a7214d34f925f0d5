package io.newsgraph.opensearch;

import io.newsgraph.store.SearchQuery;
import io.newsgraph.store.SearchTerms;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;

/**
 * A {@link SearchQuery} in the OpenSearch query DSL, with the embedded search's meaning: each phrase of
 * {@link SearchTerms} is a phrase query over title (boost 10), standfirst (3) and body (1) whose field
 * scores add up (tie breaker 1, like FTS5's weighted bm25 over the columns); the phrases of a group must
 * all match, any one group is enough; outlet and dates filter without scoring.
 */
final class ArticleQuery {
    static final List<String> FIELDS = List.of("title^10", "dek^3", "body");

    private ArticleQuery() {}

    /** Null when the query has nothing to search for. */
    static Query of(SearchQuery q) {
        SearchTerms terms = SearchTerms.parse(q.text());
        if (terms.isEmpty()) return null;
        List<Query> groups = new ArrayList<>();
        for (List<String> group : terms.groups()) {
            List<Query> phrases = group.stream().map(ArticleQuery::phrase).toList();
            groups.add(Query.of(b -> b.bool(g -> g.must(phrases))));
        }
        List<Query> filters = new ArrayList<>();
        if (q.outlet() != null) filters.add(Query.of(b -> b.term(t -> t.field("outlet").value(v -> v.stringValue(q.outlet())))));
        if (q.from() != null || q.to() != null) filters.add(Query.of(b -> b.range(r -> {
            r.field("published_at").format("yyyy-MM-dd");
            if (q.from() != null) r.gte(JsonData.of(q.from()));
            // the whole last day: an article of that day published at 22:31 is in range, as in the store
            if (q.to() != null) r.lte(JsonData.of(q.to() + "||/d"));
            return r;
        })));
        return Query.of(b -> b.bool(top -> top.should(groups).minimumShouldMatch("1").filter(filters)));
    }

    private static Query phrase(String words) {
        return Query.of(b -> b.multiMatch(m -> m.query(words).type(TextQueryType.Phrase).fields(FIELDS).tieBreaker(1.0f)));
    }
}
