package io.newsgraph.app.web;

import io.newsgraph.store.ArticleListing;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.SearchFacets;
import io.newsgraph.store.SearchHit;
import java.util.List;

/** The page at {@code /}: the latest articles, or a search's hits with its outlet and entity facets. */
final class SearchPage {
    private SearchPage() {}

    static String home(List<ArticleListing.Item> latest, List<EntityQueries.Summary> people) {
        StringBuilder b = new StringBuilder("<h1>Latest articles</h1><ol class=\"hits\">");
        for (ArticleListing.Item it : latest) {
            b.append("<li><a href=\"/article/").append(it.id()).append("\">").append(Html.esc(title(it.title(), it.source())))
                    .append("</a><div class=\"meta\">").append(Html.orDash(it.outlet())).append(" · ").append(Html.orDash(it.published()))
                    .append("</div>");
            if (it.dek() != null) b.append("<p>").append(Html.esc(it.dek())).append("</p>");
            b.append("</li>");
        }
        b.append("</ol>");
        if (!people.isEmpty()) {
            b.append("<h2>Most mentioned people</h2><ul class=\"chips\">");
            for (EntityQueries.Summary s : people) {
                b.append("<li><a href=\"/entity/").append(s.id()).append("\">").append(Html.esc(s.name())).append("</a> <span class=\"count\">")
                        .append(s.mentions()).append("</span></li>");
            }
            b.append("</ul>");
        }
        return PageLayout.page("Latest articles", null, b.toString());
    }

    static String results(SearchApi.Result r, String from, String to) {
        String q = r.query().text();
        StringBuilder b = new StringBuilder();
        b.append("<form class=\"facets\" action=\"/\" method=\"get\"><input type=\"hidden\" name=\"q\" value=\"").append(Html.esc(q)).append("\">");
        select(b, "outlet", "All outlets", r.facets().outlets(), r.query().outlet());
        select(b, "entity", "Anyone", r.facets().entities(), r.query().entity());
        if (!r.facets().stories().isEmpty() || r.query().story() != null) select(b, "story", "Any story", r.facets().stories(), r.query().story());
        b.append("<label>from <input type=\"date\" name=\"from\" value=\"").append(Html.esc(from)).append("\"></label>")
                .append("<label>to <input type=\"date\" name=\"to\" value=\"").append(Html.esc(to)).append("\"></label>")
                .append("<button type=\"submit\">Filter</button>");
        if (r.query().outlet() != null || r.query().entity() != null || r.query().story() != null || from != null || to != null) {
            b.append("<a class=\"clear\" href=\"/?q=").append(Html.esc(Html.url(q))).append("\">Clear filters</a>");
        }
        b.append("</form>");
        long total = r.facets().total();
        b.append("<p class=\"total\" id=\"total\">").append(total).append(total == 1 ? " article matches" : " articles match");
        if (r.facets().counted() < total) b.append(" (filters count the newest ").append(r.facets().counted()).append(")");
        b.append("</p>");
        b.append("<ol class=\"hits\" id=\"hits\">");
        for (SearchHit h : r.hits()) {
            b.append("<li><a href=\"/article/").append(h.articleId()).append("\">").append(Html.esc(title(h.title(), h.source())))
                    .append("</a><div class=\"meta\">").append(Html.orDash(h.outlet())).append(" · ").append(Html.orDash(h.published()))
                    .append("</div><p class=\"snippet\">").append(Html.snippet(h.snippet())).append("</p></li>");
        }
        b.append("</ol>");
        return PageLayout.page(q, q, b.toString());
    }

    private static void select(StringBuilder b, String name, String any, List<SearchFacets.Facet> facets, String selected) {
        b.append("<label>").append(name).append(" <select name=\"").append(name).append("\" data-autosubmit>")
                .append("<option value=\"\">").append(any).append("</option>");
        for (SearchFacets.Facet f : facets) {
            if (f.value() == null) continue; // articles without an outlet cannot be filtered on one
            b.append("<option value=\"").append(Html.esc(f.value())).append('"')
                    .append(f.value().equalsIgnoreCase(selected == null ? "" : selected) ? " selected" : "")
                    .append('>').append(Html.esc(f.label())).append(" (").append(f.count()).append(")</option>");
        }
        b.append("</select></label>");
    }

    static String title(String title, String source) {
        return title == null || title.isBlank() ? source : title;
    }
}
