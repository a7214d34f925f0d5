package io.newsgraph.store;

/** One ranked search result; {@code snippet} marks matched words with the markers the caller chose. */
public record SearchHit(String source, String title, String outlet, String published, String snippet, double score) {}
