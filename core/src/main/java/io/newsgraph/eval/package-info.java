/**
 * Benchmarks that measure the extractors on the shared evaluation sets in {@code ../shared/bench/}. They read
 * files and print scores; nothing in the pipeline depends on this package.
 */
package io.newsgraph.eval;
