package io.newsgraph.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/**
 * Escaping for the pages: every string that comes from a page or a user (article text is untrusted HTML)
 * goes through {@link #esc}, jsoup's escaper, which is safe in text and in quoted attribute values.
 */
final class Html {
    /** Marks a search match in a snippet; private-use characters, so they survive escaping and no page can forge them. */
    static final String MATCH_OPEN = "\uE000";
    static final String MATCH_CLOSE = "\uE001";

    private Html() {}

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s.replace(MATCH_OPEN, "").replace(MATCH_CLOSE, ""));
    }

    /** A snippet whose matches were marked with {@link #MATCH_OPEN}/{@link #MATCH_CLOSE}: escaped, matches in {@code <mark>}. */
    static String snippet(String marked) {
        if (marked == null) return "";
        StringBuilder out = new StringBuilder();
        for (String part : marked.split("(?=" + MATCH_OPEN + ")|(?<=" + MATCH_CLOSE + ")")) {
            if (part.startsWith(MATCH_OPEN) && part.endsWith(MATCH_CLOSE)) {
                out.append("<mark>").append(esc(part)).append("</mark>");
            } else {
                out.append(esc(part));
            }
        }
        return out.toString();
    }

    /** A query-string value. */
    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : esc(s);
    }
}
