package io.newsgraph.app.web;

import io.newsgraph.app.EntityView;
import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.extract.Article;
import io.newsgraph.store.StoredArticles;
import java.util.Map;

/** The page at {@code /article/{id}}: the article's clean text, statements highlighted, speakers and names linked. */
final class ArticlePage {
    private ArticlePage() {}

    static String render(StoredArticles.Stored stored, Map<String, ArticleEntity> names) {
        Article a = stored.article();
        EntityView view = EntityView.of(stored.statementEntities(), stored.mentions(), stored.mentionEntities(), names::get);
        String title = SearchPage.title(a.title(), a.source());
        StringBuilder b = new StringBuilder("<article>");
        b.append("<h1 id=\"article-title\">").append(Html.esc(title)).append("</h1>");
        if (a.dek() != null) b.append("<p class=\"dek\">").append(Html.esc(a.dek())).append("</p>");
        b.append("<p class=\"meta\">").append(Html.orDash(a.outlet())).append(" · ").append(Html.orDash(a.published()));
        if (a.byline() != null) b.append(" · ").append(Html.esc(a.byline()));
        b.append(" · <span class=\"source\">").append(Html.esc(a.source())).append("</span>");
        if (a.url() != null && a.url().matches("https?://\\S+")) {
            // a link out, but never with the opener or a referrer: the page is untrusted
            b.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.esc(a.url())).append("\">original</a>");
        }
        b.append("</p><div class=\"body\" id=\"article-body\">")
                .append(ArticleText.html(a.text(), stored.statements(), view.speakers(), stored.mentions(), stored.mentionEntities()))
                .append("</div>");
        if (!a.footnotes().isEmpty()) {
            b.append("<h2>Footnotes</h2><ol class=\"footnotes\">");
            for (String f : a.footnotes()) b.append("<li>").append(Html.esc(f)).append("</li>");
            b.append("</ol>");
        }
        if (!view.entities().isEmpty()) {
            b.append("<h2>Named in this article</h2><ul class=\"chips\">");
            for (ArticleEntity e : view.entities()) {
                b.append("<li><a href=\"/entity/").append(Html.esc(e.id())).append("\">").append(Html.esc(e.name())).append("</a></li>");
            }
            b.append("</ul>");
        }
        return PageLayout.page(title, null, b.append("</article>").toString());
    }
}
