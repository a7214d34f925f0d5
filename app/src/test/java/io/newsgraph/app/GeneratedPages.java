package io.newsgraph.app;

/** Small, distinct, article-shaped HTML pages for tests that need many pages. */
final class GeneratedPages {
    private GeneratedPages() {}

    static String article(int i) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Report " + i + " | Example Times</title>"
                + "<meta property=\"og:site_name\" content=\"Example Times\"></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                + "<article><h1>Report " + i + "</h1>"
                + "<p>The council said on Monday that measure " + i + " would be debated again next month, after"
                + " a first reading ended without a vote and members asked for more time to study it.</p>"
                + "<p>Officials, speaking on condition of anonymity, said the delay reflected disagreement over"
                + " costs, and that a compromise was being drafted by a committee of " + (i % 17 + 3) + " members.</p>"
                + "</article><footer>© Example Times. All rights reserved.</footer></body></html>";
    }
}
