/**
 * Polite HTTP fetching for feeds and article pages: one {@link io.newsgraph.ingest.fetch.Fetcher} applies
 * robots.txt (crawler-commons), a per-host delay, bounded retries with exponential backoff, timeouts, a
 * body size cap and a redirect limit to every request. Depends on {@code ingest} only; knows no store.
 */
package io.newsgraph.ingest.fetch;
