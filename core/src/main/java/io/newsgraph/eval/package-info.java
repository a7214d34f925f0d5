/**
 * Measuring the extractors on the shared evaluation sets in {@code ../shared/bench/}: body extraction
 * scored exactly as the published benchmark does ({@link io.newsgraph.eval.ExtractionBenchmark}),
 * metadata and snippets ({@link io.newsgraph.eval.MetadataBenchmark}), and speed runs. They read files
 * and print scores; nothing in the pipeline depends on this package.
 */
package io.newsgraph.eval;
