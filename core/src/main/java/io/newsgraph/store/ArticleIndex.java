package io.newsgraph.store;

import java.util.List;

/**
 * A full-text index of the stored articles, whatever engine holds it: the embedded SQLite FTS5 table
 * ({@link ArticleSearch}) or a search server. Every implementation gives a query the same meaning (see
 * {@link SearchTerms}: all words, phrases, OR; outlet and date filters), ranks with BM25 weighing title
 * 10, standfirst 3 and body 1, ignores case and diacritics, and marks matches in the snippet with the
 * marks it was built with.
 */
public interface ArticleIndex {
    /** The best hits first, at most {@code q.limit()} of them; none when the query has nothing to search for. */
    List<SearchHit> search(SearchQuery q) throws StoreException;
}
