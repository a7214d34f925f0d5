package io.newsgraph.pipeline;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import java.util.Objects;

/**
 * A page after the per-document stages: its article, or the stage that failed and why. A failed page
 * is still stored (with its status) so that a user can list it and retry it.
 */
public record ProcessedPage(Page page, Article article, String failedStage, String failureReason) {
    public ProcessedPage {
        Objects.requireNonNull(page, "page");
        if (article == null && failureReason == null) throw new IllegalArgumentException("need an article or a reason");
    }

    public static ProcessedPage ok(Page page, Article article) {
        return new ProcessedPage(page, article, null, null);
    }

    public static ProcessedPage failed(Page page, String stage, String reason) {
        return new ProcessedPage(page, null, stage, reason);
    }

    /** "article", "no_article" or "failed", as stored. */
    public String status() {
        if (article == null) return "failed";
        return article.isArticle() ? "article" : "no_article";
    }

    /** The reason stored with a page that is not an article. */
    public String reason() {
        return article == null ? failureReason : article.notArticleReason();
    }
}
