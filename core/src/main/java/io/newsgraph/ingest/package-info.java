/**
 * Reading inputs into pages: files and folders, gzip, binary detection, charset, page type, content hash,
 * and the input abstraction ({@link io.newsgraph.ingest.PageInput}, {@link io.newsgraph.ingest.PendingPage})
 * that WARC archives ({@code ingest.warc}) and fetched URLs ({@code ingest.fetch}) implement. Must not
 * import its subpackages, nor the store.
 */
package io.newsgraph.ingest;
