/**
 * Article extraction from HTML pages: {@link io.newsgraph.extract.html.HtmlExtractor} is the front
 * door. Metadata comes from {@link io.newsgraph.extract.html.meta.HtmlMetadata}; the body from one stage per class:
 * {@code BoilerplateCleaner} (drops page chrome by tag and by generic class/id words),
 * {@code ContentScorer} (finds the container of the prose, Readability-style), {@code BlockCollector}
 * (lays out text as blocks) and {@code BlockFilter} (drops link lists and furniture lines).
 *
 * <p>Rules here are general: no list, rule or threshold is keyed to a site. Quality is measured on
 * the article-body benchmark in {@code shared/bench/extraction} with {@link io.newsgraph.eval.ExtractionBenchmark}.
 */
package io.newsgraph.extract.html;
