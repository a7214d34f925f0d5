package io.newsgraph.extract.html;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;
import org.jsoup.Jsoup;

/** PLACEHOLDER until the html-extract branch lands. */
public final class HtmlExtractor implements PageExtractor {
    @Override
    public Article extract(Page page) {
        var doc = Jsoup.parse(page.text());
        return new Article(page.source(), page.url(), null, doc.title(), null, null, null, null, null, null,
                null, doc.body() == null ? "" : doc.body().text(), null, null, "en", null, true, null);
    }
}
