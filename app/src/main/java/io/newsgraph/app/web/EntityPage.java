package io.newsgraph.app.web;

import io.newsgraph.app.EntityTypeNames;
import io.newsgraph.store.EntityQueries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The page at {@code /entity/{id}}: name, variants, roles, statements per month by outlet, and the statements, newest first. */
final class EntityPage {
    static final int MAX_SHOWN = 500;

    private EntityPage() {}

    static String render(EntityQueries.Profile p) {
        EntityQueries.Summary s = p.summary();
        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"entity-name\">").append(Html.esc(s.name())).append("</h1><p class=\"meta\">")
                .append(EntityTypeNames.name(s.type())).append(" · ").append(s.id()).append(" · ").append(s.mentions())
                .append(" mentions in ").append(s.articles()).append(" articles · ").append(Html.orDash(s.firstSeen()))
                .append(" – ").append(Html.orDash(s.lastSeen())).append("</p>");
        b.append("<div class=\"columns\">");
        counts(b, "Written as", s.variants());
        counts(b, "Roles and titles", p.roles());
        counts(b, "Organizations named alongside", p.organizations());
        counts(b, "Statements by outlet", p.statementsByOutlet());
        b.append("</div>");
        b.append("<h2>Statements per month</h2>").append(TimelineSvg.of(p.timeline()));
        List<EntityQueries.Said> said = p.timeline();
        // the newest first, and not all of a much-quoted person's thousands: the page must stay light
        List<EntityQueries.Said> shown = new ArrayList<>(said.subList(Math.max(0, said.size() - MAX_SHOWN), said.size()));
        Collections.reverse(shown);
        b.append("<h2>Statements</h2>");
        if (shown.size() < said.size()) b.append("<p class=\"meta\">The newest ").append(shown.size()).append(" of ").append(said.size()).append(".</p>");
        b.append("<ol class=\"statements\" id=\"statements\">");
        for (EntityQueries.Said one : shown) {
            b.append("<li><div class=\"meta\"><span class=\"outlet\">").append(Html.orDash(one.outlet())).append("</span> · ")
                    .append(Html.orDash(one.published())).append(" · ").append(Html.esc(one.kind()))
                    .append(" · <a href=\"/article/").append(one.articleId()).append("\">article</a></div><blockquote>")
                    .append(Html.esc(one.text())).append("</blockquote></li>");
        }
        b.append("</ol>");
        return PageLayout.page(s.name(), null, b.toString());
    }

    private static void counts(StringBuilder b, String title, Map<String, Integer> counts) {
        if (counts.isEmpty()) return;
        b.append("<section><h2>").append(Html.esc(title)).append("</h2><ul class=\"counts\">");
        counts.forEach((k, n) -> b.append("<li>").append(Html.esc(k)).append(" <span class=\"count\">").append(n).append("</span></li>"));
        b.append("</ul></section>");
    }
}
