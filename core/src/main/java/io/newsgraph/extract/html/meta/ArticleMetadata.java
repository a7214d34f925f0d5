package io.newsgraph.extract.html.meta;

import java.util.List;

/**
 * What an HTML page says about itself. Immutable; every field may be null (lists may be empty) when the
 * page does not say it.
 *
 * @param title       the headline without the site-name suffix or prefix
 * @param byline      the author credit as the page gives it, without "By"
 * @param authors     one name per author, in printed order
 * @param published   ISO-8601 local date-time ("2024-04-13T22:31") or date ("2023-07-24")
 * @param modified    last modification, same form; never copied from {@code published}
 * @param outlet      the publisher or site name, else the host name
 * @param url         the canonical URL, else the page URL
 * @param language    ISO 639-1 code
 * @param tags        topic tags and keywords, in page order, without duplicates
 * @param image       lead image URL
 * @param description the page's own summary
 * @param structuredBody the JSON-LD articleBody: a fallback for pages that render their text with scripts
 */
public record ArticleMetadata(
        String title,
        String byline,
        List<String> authors,
        String published,
        String modified,
        String outlet,
        String url,
        String language,
        List<String> tags,
        String image,
        String description,
        String structuredBody) {

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
