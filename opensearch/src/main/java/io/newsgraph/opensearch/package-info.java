/**
 * The stored articles' full-text index on an OpenSearch server, for stores too large for one machine's
 * SQLite: bulk loading from the store ({@link io.newsgraph.opensearch.OpenSearchLoader}) and search with the
 * embedded search's meaning ({@link io.newsgraph.opensearch.OpenSearchIndex}). Knows the store's read API
 * and the OpenSearch client, nothing of the CLI.
 */
package io.newsgraph.opensearch;
