package io.newsgraph.opensearch;

import io.newsgraph.store.ArticleIndex;
import io.newsgraph.store.SearchHit;
import io.newsgraph.store.SearchQuery;
import io.newsgraph.store.StoreException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Searches the articles indexed on an OpenSearch server ({@link OpenSearchLoader}) with the meaning of the
 * embedded store's search; the snippet is the best highlighted passage of the body, else of the
 * standfirst, else of the title (else the body's opening), with matches between the given marks.
 */
public final class OpenSearchIndex implements ArticleIndex {
    /** Close to the 24 tokens FTS5's snippet() gives. */
    private static final int SNIPPET_CHARS = 160;
    private static final List<String> SNIPPET_FIELDS = List.of("body", "dek", "title");

    private final OpenSearchConnection connection;
    private final String openMark;
    private final String closeMark;

    public OpenSearchIndex(OpenSearchConnection connection, String openMark, String closeMark) {
        this.connection = connection;
        this.openMark = openMark;
        this.closeMark = closeMark;
    }

    @Override
    public List<SearchHit> search(SearchQuery q) throws StoreException {
        Query query = ArticleQuery.of(q);
        if (query == null) return List.of();
        SearchResponse<IndexedArticle> response;
        try {
            response = connection.client().search(s -> s.index(connection.index()).query(query).size(q.limit())
                    .source(src -> src.filter(f -> f.excludes("body")))
                    .highlight(h -> {
                        // the plain highlighter gives a passage of about SNIPPET_CHARS around the matches; the
                        // unified one cuts at sentences and can return a lone matched word
                        h.preTags(openMark).postTags(closeMark).type(t -> t.builtin(BuiltinHighlighterType.Plain));
                        for (String field : SNIPPET_FIELDS) {
                            h.fields(field, f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(1)
                                    .noMatchSize(field.equals("body") ? SNIPPET_CHARS : 0));
                        }
                        return h;
                    }), IndexedArticle.class);
        } catch (IOException | RuntimeException e) {
            throw connection.failure("search in index " + connection.index() + " failed", e);
        }
        return response.hits().hits().stream().map(this::hit).toList();
    }

    private SearchHit hit(Hit<IndexedArticle> h) {
        IndexedArticle a = h.source();
        // the document id is the page id (OpenSearchLoader), which is the stored article's id
        return new SearchHit(a.source(), a.title(), a.outlet(), a.published(), snippet(h.highlight()),
                h.score() == null ? 0 : h.score(), Long.parseLong(h.id()));
    }

    private String snippet(Map<String, List<String>> highlights) {
        String opening = "";
        for (String field : SNIPPET_FIELDS) {
            List<String> passages = highlights.getOrDefault(field, List.of());
            if (passages.isEmpty()) continue;
            String passage = passages.get(0).strip();
            if (passage.contains(openMark)) return passage;
            if (field.equals("body")) opening = passage;
        }
        return opening;
    }
}
