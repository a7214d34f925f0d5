package io.newsgraph.app.web;

import io.newsgraph.extract.Article;
import io.newsgraph.pipeline.StoryReport;
import io.newsgraph.stories.AlignedStatement;
import io.newsgraph.stories.Framing;
import io.newsgraph.stories.Origin;
import io.newsgraph.stories.Provenance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page at {@code /story/{id}}: the articles side by side in publication order, the provenance chain as a
 * small inline SVG graph, the statements the outlets share, and the terms each outlet uses.
 */
final class StoryPage {
    private StoryPage() {}

    static String render(StoryReport r) {
        StringBuilder b = new StringBuilder("<h1 id=\"story-id\">Story ").append(Html.esc(r.id())).append("</h1>");
        b.append("<p class=\"meta\">").append(r.articles().size()).append(" articles, first report first</p>");
        b.append("<div class=\"story-columns\" id=\"story-columns\">");
        for (StoryReport.Entry e : r.articles()) {
            Article a = e.article();
            b.append("<section class=\"story-article\"><h2 class=\"outlet\">").append(Html.orDash(a.outlet())).append("</h2><p class=\"meta\">")
                    .append(Html.orDash(a.published())).append("</p><p><a href=\"/article/").append(e.pageId()).append("\">")
                    .append(Html.esc(SearchPage.title(a.title(), a.source()))).append("</a></p><p class=\"excerpt\">")
                    .append(Html.esc(excerpt(a.text()))).append("</p></section>");
        }
        b.append("</div>");
        b.append("<h2>How it travelled</h2>").append(chain(r.provenance()));
        if (!r.provenance().origins().isEmpty()) {
            b.append("<ul class=\"origins\">");
            for (Origin o : r.provenance().origins()) {
                b.append("<li>article ").append(Html.esc(o.articleId())).append(": ").append(Html.esc(o.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                        .append(o.venue().isBlank() ? "" : " " + Html.esc(o.venue())).append(" — “").append(Html.esc(o.evidence())).append("”</li>");
            }
            b.append("</ul>");
        }
        b.append("<h2>Statements the outlets share</h2><table class=\"aligned\" id=\"aligned\"><thead><tr><th>earlier</th><th>later</th><th>similarity</th></tr></thead><tbody>");
        for (AlignedStatement s : r.provenance().aligned()) {
            b.append("<tr><td><span class=\"meta\">").append(Html.esc(s.firstText().speaker())).append("</span><br>").append(Html.esc(s.firstText().text()))
                    .append("</td><td><span class=\"meta\">").append(Html.esc(s.secondText().speaker())).append("</span><br>").append(Html.esc(s.secondText().text()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", s.similarity())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        Framing f = r.framing();
        if (!f.rows().isEmpty()) {
            b.append("<h2>Terms each outlet uses</h2><table class=\"framing\" id=\"framing\"><thead><tr><th>referent</th><th>term</th>");
            for (String outlet : f.outlets()) b.append("<th>").append(Html.esc(outlet)).append("</th>");
            b.append("</tr></thead><tbody>");
            for (Framing.Row row : f.rows()) {
                b.append("<tr><td>").append(Html.esc(row.referent())).append("</td><td>").append(Html.esc(row.term())).append("</td>");
                for (String outlet : f.outlets()) b.append("<td>").append(row.count(outlet)).append("</td>");
                b.append("</tr>");
            }
            b.append("</tbody></table>");
        }
        return PageLayout.page("Story " + r.id(), null, b.toString());
    }

    /** The first report, then each later one with its lag, as boxes joined by arrows. */
    static String chain(Provenance p) {
        List<Provenance.Report> reports = new ArrayList<>();
        reports.add(p.first());
        reports.addAll(p.later());
        int box = 170;
        int gap = 40;
        int width = reports.size() * box + (reports.size() - 1) * gap + 4;
        StringBuilder svg = new StringBuilder("<svg class=\"chain\" role=\"img\" aria-label=\"Reports in publication order\" viewBox=\"0 0 ")
                .append(width).append(" 70\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < reports.size(); i++) {
            Provenance.Report r = reports.get(i);
            int x = 2 + i * (box + gap);
            svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"").append(box).append("\" height=\"50\" rx=\"6\" fill=\"#fff\" stroke=\"#0b5cad\"/>")
                    .append("<text x=\"").append(x + 8).append("\" y=\"28\" font-size=\"12\">").append(Html.esc(shorten(r.outlet() == null ? "–" : r.outlet(), 24))).append("</text>")
                    .append("<text x=\"").append(x + 8).append("\" y=\"46\" font-size=\"11\" fill=\"#5f6270\">")
                    .append(i == 0 ? "first report" : "+" + Html.esc(lag(r.lag()))).append("</text>");
            if (i > 0) {
                int from = x - gap;
                svg.append("<line x1=\"").append(from).append("\" y1=\"33\" x2=\"").append(x - 6).append("\" y2=\"33\" stroke=\"#5f6270\"/>")
                        .append("<path d=\"M").append(x - 6).append(" 29 L").append(x).append(" 33 L").append(x - 6).append(" 37 Z\" fill=\"#5f6270\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String lag(Duration d) {
        if (d == null) return "?";
        long minutes = d.toMinutes();
        return minutes < 120 ? minutes + " min" : minutes < 48 * 60 ? (minutes / 60) + " h" : d.toDays() + " days";
    }

    private static String excerpt(String text) {
        String first = text.strip().split("\n\n", 2)[0];
        return shorten(first, 400);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
