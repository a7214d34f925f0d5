package io.newsgraph.extract;

import io.newsgraph.extract.html.HtmlExtractor;
import io.newsgraph.extract.text.TextDumpExtractor;
import io.newsgraph.ingest.Page;

/** Picks the extractor for a page's type. Stateless and thread-safe, like the extractors it holds. */
public final class ArticleExtractor implements PageExtractor {
    private final PageExtractor html = new HtmlExtractor();
    private final PageExtractor text = new TextDumpExtractor();

    @Override
    public Article extract(Page page) {
        return switch (page.type()) {
            case HTML -> html.extract(page);
            case TEXT -> text.extract(page);
        };
    }
}
