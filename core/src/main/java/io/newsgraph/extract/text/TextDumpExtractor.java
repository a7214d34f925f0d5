package io.newsgraph.extract.text;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;

/** PLACEHOLDER until the text-extract branch lands. */
public final class TextDumpExtractor implements PageExtractor {
    @Override
    public Article extract(Page page) {
        String[] lines = page.text().split("\n");
        return new Article(page.source(), null, null, lines[0], null, null, null, null, null, null,
                null, page.text(), null, "en", null, true, null);
    }
}
