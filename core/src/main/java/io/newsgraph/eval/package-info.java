/**
 * Evaluation against shared benchmarks: {@link io.newsgraph.eval.ExtractionBenchmark} scores
 * article-body extraction exactly as the published benchmark does (FORMAT.md §3 in
 * {@code shared/bench/extraction}), for our extractor or for any published prediction file.
 */
package io.newsgraph.eval;
