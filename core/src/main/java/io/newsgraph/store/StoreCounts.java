package io.newsgraph.store;

/** How many pages the store holds by status, and how many inputs could not be read. */
public record StoreCounts(long articles, long noArticle, long failed, long unreadable) {
    public long pages() {
        return articles + noArticle + failed;
    }
}
