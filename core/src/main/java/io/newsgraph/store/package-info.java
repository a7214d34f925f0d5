/** The embedded SQLite store: schema migrations, batched writes, full-text search. */
package io.newsgraph.store;
