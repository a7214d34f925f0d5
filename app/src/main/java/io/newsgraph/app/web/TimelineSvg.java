package io.newsgraph.app.web;

import io.newsgraph.store.EntityQueries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entity's statements per month as stacked bars, one colour per outlet, drawn as inline SVG (no script, no
 * network): every month from the first to the last statement has its slot, so gaps in time show as gaps.
 */
final class TimelineSvg {
    /** Colours that stay apart for readers with the common colour-vision deficiencies (Okabe–Ito). */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};
    private static final int MAX_MONTHS = 240;
    private static final int HEIGHT = 160;
    private static final int LEFT = 28;
    private static final int BOTTOM = 22;

    private TimelineSvg() {}

    static String of(List<EntityQueries.Said> timeline) {
        TreeMap<YearMonth, Map<String, Integer>> byMonth = new TreeMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        for (EntityQueries.Said s : timeline) {
            if (s.published() == null || s.published().length() < 7) continue;
            YearMonth month;
            try {
                month = YearMonth.parse(s.published().substring(0, 7));
            } catch (java.time.DateTimeException e) {
                continue;
            }
            String outlet = s.outlet() == null ? "unknown outlet" : s.outlet();
            colours.computeIfAbsent(outlet, o -> PALETTE[colours.size() % PALETTE.length]);
            byMonth.computeIfAbsent(month, m -> new LinkedHashMap<>()).merge(outlet, 1, Integer::sum);
        }
        if (byMonth.isEmpty()) return "<p class=\"empty\">No dated statements.</p>";
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()) && months.size() < MAX_MONTHS; m = m.plusMonths(1)) months.add(m);
        int max = byMonth.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
        int slot = Math.max(6, Math.min(40, 640 / months.size()));
        int width = LEFT + slot * months.size() + 8;
        double unit = (HEIGHT - BOTTOM - 8) / (double) max;
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
                .append("\" aria-label=\"Statements per month by outlet\" xmlns=\"http://www.w3.org/2000/svg\">");
        int base = HEIGHT - BOTTOM;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(base).append("\" x2=\"").append(width - 4).append("\" y2=\"").append(base)
                .append("\" stroke=\"#888\"/>");
        svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(base - (int) (max * unit) + 4)
                .append("\" text-anchor=\"end\" font-size=\"10\">").append(max).append("</text>");
        int labelEvery = Math.max(1, months.size() / 8);
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            int x = LEFT + i * slot + 1;
            double y = base;
            for (Map.Entry<String, Integer> e : byMonth.getOrDefault(m, Map.of()).entrySet()) {
                double h = e.getValue() * unit;
                y -= h;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(slot - 2)
                        .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colours.get(e.getKey())).append("\"><title>")
                        .append(Html.esc(m + ": " + e.getValue() + " by " + e.getKey())).append("</title></rect>");
            }
            if (i % labelEvery == 0) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - 6).append("\" font-size=\"10\">").append(m).append("</text>");
            }
        }
        svg.append("</svg><ul class=\"legend\">");
        colours.forEach((outlet, colour) -> svg.append("<li><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"")
                .append(colour).append("\"/></svg> ").append(Html.esc(outlet)).append("</li>"));
        return svg.append("</ul>").toString();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
