package io.newsgraph.app.web;

/** The frame of every page: head, the search box in the header, the stylesheet and script from the classpath. */
final class PageLayout {
    private PageLayout() {}

    /** @param title plain text (escaped here); {@code query} the search box's text, or null; {@code main} HTML already escaped */
    static String page(String title, String query, String main) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.esc(title) + " · newsgraph</title>"
                + "<link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>"
                + "<header><a class=\"brand\" href=\"/\">newsgraph</a>"
                + "<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Search articles\" aria-label=\"Search articles\" value=\""
                + Html.esc(query) + "\"><button type=\"submit\">Search</button></form></header>"
                + "<main>" + main + "</main>"
                + "<script src=\"/static/app.js\" defer></script></body></html>";
    }
}
