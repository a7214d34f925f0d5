/**
 * WARC archives as page inputs, read with jwarc: HTML responses become pages named
 * {@code file.warc.gz#offset}; everything else is counted and skipped. Depends on {@code ingest} only.
 */
package io.newsgraph.ingest.warc;
