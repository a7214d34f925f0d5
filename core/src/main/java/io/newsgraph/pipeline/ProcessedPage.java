package io.newsgraph.pipeline;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.quotes.Statement;
import java.util.List;
import java.util.Objects;

/**
 * A page after the per-document stages: its article and the statements in it, or the stage that failed
 * and why. A failed page is still stored (with its status) so that a user can list it and retry it.
 */
public record ProcessedPage(Page page, Article article, List<Statement> statements, String failedStage,
                            String failureReason) {
    public ProcessedPage {
        Objects.requireNonNull(page, "page");
        if (article == null && failureReason == null) throw new IllegalArgumentException("need an article or a reason");
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    public static ProcessedPage ok(Page page, Article article, List<Statement> statements) {
        return new ProcessedPage(page, article, statements, null, null);
    }

    public static ProcessedPage failed(Page page, String stage, String reason) {
        return new ProcessedPage(page, null, List.of(), stage, reason);
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
