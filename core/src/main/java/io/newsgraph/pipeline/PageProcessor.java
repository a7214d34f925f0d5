package io.newsgraph.pipeline;

import io.newsgraph.entities.Mention;
import io.newsgraph.entities.MentionFinder;
import io.newsgraph.extract.Article;
import io.newsgraph.extract.ArticleExtractor;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.quotes.Statement;
import io.newsgraph.quotes.StatementFinder;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the per-document stages on one page: extraction, then statements and name mentions (on pages
 * that hold an article in English, or in no declared language). An exception in a stage becomes a failed page naming the stage and the reason, so one bad
 * page never stops a batch. Thread-safe when its stages are.
 */
public final class PageProcessor {
    private final PageExtractor extractor;
    private final Function<Article, List<Statement>> statements;
    private final Function<Article, List<Mention>> mentions;

    /** The full pipeline. */
    public PageProcessor() {
        this(new ArticleExtractor(), new StatementFinder()::find, new MentionFinder()::find);
    }

    /**
     * The full pipeline, with {@code outlet} as the outlet of each article whose page does not name one
     * (a text dump that prints no site name); an outlet the page names is kept.
     */
    public static PageProcessor withFallbackOutlet(String outlet) {
        ArticleExtractor extractor = new ArticleExtractor();
        PageExtractor named = page -> {
            Article a = extractor.extract(page);
            return a.outlet() == null || a.outlet().isBlank() ? a.withOutlet(outlet) : a;
        };
        return new PageProcessor(named, new StatementFinder()::find, new MentionFinder()::find);
    }

    /** Without mentions: the entity stage finds them when it resolves. */
    public PageProcessor(PageExtractor extractor, Function<Article, List<Statement>> statements) {
        this(extractor, statements, article -> null);
    }

    public PageProcessor(PageExtractor extractor, Function<Article, List<Statement>> statements,
                         Function<Article, List<Mention>> mentions) {
        this.extractor = extractor;
        this.statements = statements;
        this.mentions = mentions;
    }

    public ProcessedPage process(Page page) {
        Article article;
        try {
            article = extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            return ProcessedPage.failed(page, "extract", describe(e));
        }
        if (!article.isArticle() || !readsAsEnglish(article)) return ProcessedPage.ok(page, article, List.of(), List.of());
        List<Statement> found;
        try {
            found = statements.apply(article);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return ProcessedPage.failed(page, "quotes", describe(e));
        }
        try {
            return ProcessedPage.ok(page, article, found, mentions.apply(article));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return ProcessedPage.failed(page, "entities", describe(e));
        }
    }

    /**
     * Whether the English models of the statement and name finders apply: a page that declares another
     * language gets neither, since their part-of-speech tags would make "Es" and "Ich" names. A page that
     * declares nothing is read as English.
     */
    static boolean readsAsEnglish(Article article) {
        String language = article.language();
        return language == null || language.isBlank() || language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
