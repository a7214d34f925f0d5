package io.newsgraph.store;

import io.newsgraph.quotes.Statement;

/** A stored statement with the article it appeared in ({@code articleId}: that article's id). */
public record QuoteHit(String source, String title, String outlet, String published, Statement statement, long articleId) {}
