package io.newsgraph.extract;

import java.util.List;

/**
 * What extraction knows about one page. Every field but {@code source} may be null or empty when the
 * page does not print it. {@code text} is the article body only, paragraphs separated by a blank line.
 *
 * @param source         the page's source as given by the user
 * @param url            canonical URL when known
 * @param outlet         the publication as it names itself
 * @param title          the headline, without a site-name suffix
 * @param byline         the author credit as printed, without "By"
 * @param authors        the authors, one name each
 * @param creditedSource the source the page credits ("Source: X", a dateline agency)
 * @param published      ISO-8601 local date-time ("2024-04-13T22:31") or date ("2023-07-24")
 * @param modified       ISO-8601 last-modified date-time or date
 * @param dek            the standfirst under the headline
 * @param tags           topic tags in printed order
 * @param text           the article body
 * @param footnotes      numbered footnotes, each as printed
 * @param embeds         posts embedded in the body (tweets), each as printed: its text and signature line
 * @param language       ISO 639-1 code
 * @param image          the lead image URL
 * @param isArticle      false for pages that hold no article (index pages, error pages)
 * @param notArticleReason why {@code isArticle} is false, else null
 */
public record Article(
        String source,
        String url,
        String outlet,
        String title,
        String byline,
        List<String> authors,
        String creditedSource,
        String published,
        String modified,
        String dek,
        List<String> tags,
        String text,
        List<String> footnotes,
        List<String> embeds,
        String language,
        String image,
        boolean isArticle,
        String notArticleReason) implements java.io.Serializable {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        text = text == null ? "" : text;
    }

    /** This article with {@code outlet} as its outlet: for pages that do not name theirs, named by who ingests them. */
    public Article withOutlet(String outlet) {
        return new Article(source, url, outlet, title, byline, authors, creditedSource, published, modified, dek, tags, text,
                footnotes, embeds, language, image, isArticle, notArticleReason);
    }

    /** A builder for the many optional fields; only {@code source} is required. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Fills an {@link Article} field by field; unset fields are null or empty, and it is an article. */
    public static final class Builder {
        private final String source;
        private String url, outlet, title, byline, creditedSource, published, modified, dek, text, language, image;
        private String notArticleReason;
        private List<String> authors, tags, footnotes, embeds;
        private boolean isArticle = true;

        private Builder(String source) {
            this.source = source;
        }

        public Builder url(String v) { url = v; return this; }
        public Builder outlet(String v) { outlet = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder byline(String v) { byline = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder creditedSource(String v) { creditedSource = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder modified(String v) { modified = v; return this; }
        public Builder dek(String v) { dek = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder footnotes(List<String> v) { footnotes = v; return this; }
        public Builder embeds(List<String> v) { embeds = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder image(String v) { image = v; return this; }

        /** Marks the page as holding no article, with the reason. */
        public Builder notArticle(String reason) {
            isArticle = false;
            notArticleReason = reason;
            return this;
        }

        public Article build() {
            return new Article(source, url, outlet, title, byline, authors, creditedSource, published, modified, dek,
                    tags, text, footnotes, embeds, language, image, isArticle, notArticleReason);
        }
    }
}
