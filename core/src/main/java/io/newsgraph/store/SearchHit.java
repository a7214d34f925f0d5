package io.newsgraph.store;

/**
 * One ranked search result; {@code snippet} marks matched words with the markers the caller chose.
 * {@code articleId} is the stored article's id (its page's), for reading it whole with {@link StoredArticles#stored}.
 */
public record SearchHit(String source, String title, String outlet, String published, String snippet, double score,
                        long articleId) {}
