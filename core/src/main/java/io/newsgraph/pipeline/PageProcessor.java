package io.newsgraph.pipeline;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;

/**
 * Runs the per-document stages on one page. An exception in a stage becomes a failed page naming
 * the stage and the reason, so one bad page never stops a batch.
 */
public final class PageProcessor {
    private final PageExtractor extractor;

    public PageProcessor(PageExtractor extractor) {
        this.extractor = extractor;
    }

    public ProcessedPage process(Page page) {
        Article article;
        try {
            article = extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            return ProcessedPage.failed(page, "extract", describe(e));
        }
        return ProcessedPage.ok(page, article);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
