package io.newsgraph.pipeline;

import io.newsgraph.entities.Mention;
import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.quotes.Statement;
import java.util.List;
import java.util.Objects;

/**
 * A page after the per-document stages: its article, the statements and the name mentions in it, or the
 * stage that failed and why. A failed page is still stored (with its status) so that a user can list it
 * and retry it.
 *
 * @param mentions null when mentions were not looked for (the entity stage then finds them itself)
 */
public record ProcessedPage(Page page, Article article, List<Statement> statements, List<Mention> mentions,
                            String failedStage, String failureReason) implements java.io.Serializable {
    public ProcessedPage {
        Objects.requireNonNull(page, "page");
        if (article == null && failureReason == null) throw new IllegalArgumentException("need an article or a reason");
        statements = statements == null ? List.of() : List.copyOf(statements);
        mentions = mentions == null ? null : List.copyOf(mentions);
    }

    public static ProcessedPage ok(Page page, Article article, List<Statement> statements, List<Mention> mentions) {
        return new ProcessedPage(page, article, statements, mentions, null, null);
    }

    public static ProcessedPage failed(Page page, String stage, String reason) {
        return new ProcessedPage(page, null, List.of(), List.of(), stage, reason);
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
