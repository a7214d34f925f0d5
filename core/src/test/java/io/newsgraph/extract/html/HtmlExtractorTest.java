package io.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String PROSE = """
            <p>The city council voted on Tuesday to expand the bus network, adding four routes that will connect the
            eastern suburbs with the hospital district, according to the transport office.</p>
            <p>“We have waited for this for years,” said Maria Lopez, who chairs the residents’ association, adding
            that the new lines would cut her daily commute by half, or more on rainy days.</p>
            <p>Opponents said the plan, which costs 12 million euros, was rushed, and that the council had ignored a
            report warning of driver shortages, higher fares and delays on the existing lines.</p>
            """;

    private Article extract(String html) {
        return extractor.extract(new Page("test", "https://news.example.com/2024/04/bus", PageType.HTML, html, "00"));
    }

    @Test
    void removesSiteNameSuffixFromTitle() {
        Article a = extract("<html><head><title>Council expands bus network | Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>" + PROSE
                + "</article></body></html>");
        assertThat(a.title()).isEqualTo("Council expands bus network");
        assertThat(a.outlet()).isEqualTo("Example News");
    }

    private static Article extractAt(String url, String head, String body) {
        return new HtmlExtractor().extract(new Page("p.html", url, PageType.HTML,
                "<html><head>" + head + "</head><body>" + body + "</body></html>", "00"));
    }

    @Test
    void removesDashSuffixThatNamesTheHost() {
        assertThat(extractAt("https://example.com/buses", "<title>Council expands bus network - Example</title>",
                "<article>" + PROSE + "</article>").title()).isEqualTo("Council expands bus network");
        assertThat(extractAt("https://example.com/family", "<title>Mother - daughter relations under strain</title>",
                "<article>" + PROSE + "</article>").title()).isEqualTo("Mother - daughter relations under strain");
    }

    @Test
    void takesDateFromUrlWhenThePageGivesNone() {
        assertThat(extractAt("https://blog.example.org/2019/10/22/a-post/", "<title>A post</title>",
                "<article>" + PROSE + "</article>").published()).isEqualTo("2019-10-22");
        assertThat(extractAt("https://example.org/a/471031-story", "<title>A story</title>",
                "<article>" + PROSE + "</article>").published()).isNull();
    }

    @Test
    void prefersTitleSegmentThatIsTheVisibleHeadline() {
        assertThat(extractAt("https://example.de/a", "<title>Eintracht stellt Weichen für die Zukunft - Presse - News</title>",
                "<article><h1>Eintracht stellt Weichen für die Zukunft</h1>" + PROSE + "</article>").title())
                .isEqualTo("Eintracht stellt Weichen für die Zukunft");
    }

    @Test
    void dropsSectionLabelBeforeTitle() {
        assertThat(extractAt("https://www.nytimes.com/2019/11/20/opinion/x.html",
                "<title>Opinion | Republicans Are Following Trump to Nowhere</title>",
                "<article><h1>Republicans Are Following Trump to Nowhere</h1>" + PROSE + "</article>").title())
                .isEqualTo("Republicans Are Following Trump to Nowhere");
    }

    @Test
    void prefersLinkedNamesInBylineOverRunOnText() {
        Article a = extract("<html><body><article><div class=\"byline\"><a href=/meg>Meg James</a><span>Staff Writer</span></div>"
                + PROSE + "</article></body></html>");
        assertThat(a.authors()).containsExactly("Meg James");
        assertThat(a.byline()).isEqualTo("Meg James");
    }

    @Test
    void dropsRolesFromPrintedByline() {
        assertThat(extractAt(null, "", "<article><h1>Car sales</h1><div class=\"byline\">By Tom Krisher, AP Auto Writer</div>"
                + PROSE + "</article>").authors()).containsExactly("Tom Krisher");
    }

    @Test
    void readsJsonLdDatesAsLocalIsoMinutes() {
        Article a = extract("<html><head><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Buses\","
                + "\"datePublished\":\"2024-04-13T22:31:45-04:00\",\"dateModified\":\"2024-04-14\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}],\"publisher\":{\"name\":\"The Example\"},"
                + "\"keywords\":\"transport, city council\"}</script></head><body><article>" + PROSE
                + "</article></body></html>");
        assertThat(a.published()).isEqualTo("2024-04-13T22:31");
        assertThat(a.modified()).isEqualTo("2024-04-14");
        assertThat(a.authors()).containsExactly("Ana Ruiz");
        assertThat(a.outlet()).isEqualTo("The Example");
        assertThat(a.tags()).containsExactly("transport", "city council");
    }

    @Test
    void prefersVisibleBylineAndDropsBy() {
        Article a = extract("<html><body><article><h1>Council expands bus network</h1>"
                + "<div class=\"byline\">By Jane Doe and John Roe</div>" + PROSE + "</article></body></html>");
        assertThat(a.byline()).isEqualTo("Jane Doe and John Roe");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(a.text()).doesNotContain("Jane Doe").doesNotContain("Council expands bus network");
    }

    @Test
    void bodyIsParagraphsSeparatedByBlankLines() {
        Article a = extract("<html><body><article>" + PROSE + "</article></body></html>");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).startsWith("The city council voted").endsWith("existing lines.");
    }

    @Test
    void dropsRelatedShareAndNewsletterBlocks() {
        Article a = extract("<html><body><nav><a href=/>Home</a><a href=/world>World</a></nav><article>"
                + "<div class=\"social-share\"><a href=#>Share on Facebook</a><span>Share this story</span></div>"
                + PROSE
                + "<div class=\"newsletter-box\"><p>Sign up for our morning briefing, delivered every weekday, free.</p></div>"
                + "<section class=\"related-articles\"><h3>Related</h3><ul><li><a href=/a>Trams return to old town</a></li>"
                + "<li><a href=/b>Fares rise again in spring, riders complain loudly</a></li></ul></section>"
                + "</article><footer><p>Copyright 2024 Example News. All rights reserved by the publisher.</p></footer></body></html>");
        assertThat(a.text())
                .contains("The city council voted")
                .doesNotContain("Share").doesNotContain("Sign up").doesNotContain("Trams")
                .doesNotContain("Related").doesNotContain("Copyright").doesNotContain("Home");
    }

    @Test
    void keepsHeadingsInsideTheBody() {
        Article a = extract("<html><body><article>" + PROSE + "<h2>What comes next</h2>" + PROSE + "</article></body></html>");
        assertThat(a.text()).contains("\n\nWhat comes next\n\n");
    }

    @Test
    void linkEdgesSeparateWordsOnlyBetweenLetters() {
        Article a = extract("<html><body><article>" + PROSE
                + "<p>何が困るかといえば、パスワード管理ソフト<a href=/k>KeePass</a>の起動ショートカットキーと同じなのです。"
                + "これが非常に困ったもの。使わない時はタスクバーに格納しておきます。</p>"
                + "<p>The agency said so in a statement to <a href=/r>Reuters</a>, adding that it would not comment further on the case.</p>"
                + "</article></body></html>");
        assertThat(a.text()).contains("ソフト KeePass の").contains("to Reuters, adding");
    }

    @Test
    void survivesDeeplyNestedPages() {
        String html = "<div>".repeat(100_000) + "<p>deep</p>" + "</div>".repeat(100_000);
        Article a = extract("<html><body>" + html + PROSE + "</body></html>");
        assertThat(a.notArticleReason()).isNull();
        assertThat(a.text()).contains("The city council voted");
    }

    @Test
    void staysLinearOnDeepNamedNestingWithManyParagraphs() {
        // every level named like boilerplate and holding prose below: per-level subtree scans would be quadratic
        String html = "<div class=\"has-sidebar author social\"><blockquote>".repeat(20_000)
                + PROSE.repeat(200) + "</blockquote></div>".repeat(20_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> extract("<html><body>" + html + "</body></html>"));
    }

    @Test
    void survivesGarbageInput() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            junk.append((char) random.nextInt(0x3000));
        }
        junk.append("<<<>>></p></div><script>alert(1)<!-- <ta<b");
        Article a = extract(junk.toString());
        assertThat(a).isNotNull();
        assertThat(a.source()).isEqualTo("test");
        Article empty = extract("");
        assertThat(empty.isArticle()).isFalse();
        assertThat(empty.notArticleReason()).isNotBlank();
    }

    @Test
    void survivesRandomTagSoup() {
        // random nesting, unclosed tags and boilerplate-looking names: every stage must cope
        String[] tags = {"div", "p", "span", "a", "ul", "li", "table", "td", "section", "article", "h2", "br", "form",
                "script", "aside", "figure", "blockquote"};
        String[] names = {"content", "share", "related", "has-sidebar", "article-body", "comment", "byline", "x"};
        Random random = new Random(7);
        for (int page = 0; page < 200; page++) {
            StringBuilder html = new StringBuilder("<html><body>");
            for (int i = 0; i < 300; i++) {
                int roll = random.nextInt(10);
                if (roll < 4) {
                    html.append('<').append(tags[random.nextInt(tags.length)])
                            .append(" class=\"").append(names[random.nextInt(names.length)]).append("\">");
                } else if (roll < 6) {
                    html.append("</").append(tags[random.nextInt(tags.length)]).append('>');
                } else {
                    html.append("Word ").append(i).append(random.nextBoolean() ? ", and more. " : " ");
                }
            }
            Article a = extract(html.toString());
            assertThat(a.text()).isNotNull();
            assertThat(a.notArticleReason()).satisfiesAnyOf(
                    reason -> assertThat(reason).isNull(),
                    reason -> assertThat(reason).doesNotStartWith("unreadable"));
        }
    }

    @Test
    void indexPageOfShortLinksIsNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 40; i++) {
            html.append("<li><a href=/s").append(i).append(">Story number ").append(i).append(" headline</a></li>");
        }
        Article a = extract(html.append("</ul></body></html>").toString());
        assertThat(a.isArticle()).isFalse();
        assertThat(a.notArticleReason()).isNotBlank();
    }

    @Test
    void readsUrlLanguageImageAndDescription() {
        Article a = extract("<html lang=\"en-GB\"><head><link rel=canonical href=\"/2024/04/bus-network\">"
                + "<meta property=\"og:image\" content=\"https://img.example.com/bus.jpg\">"
                + "<meta name=\"description\" content=\"Four new routes.\">"
                + "<meta property=\"article:published_time\" content=\"2024-04-13T08:05:00Z\">"
                + "<meta property=\"article:tag\" content=\"Transport\"></head><body><article>" + PROSE
                + "</article></body></html>");
        assertThat(a.url()).isEqualTo("https://news.example.com/2024/04/bus-network");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.image()).isEqualTo("https://img.example.com/bus.jpg");
        assertThat(a.dek()).isEqualTo("Four new routes.");
        assertThat(a.published()).isEqualTo("2024-04-13T08:05");
        assertThat(a.tags()).containsExactly("Transport");
    }

    @Test
    void keepsTheArticleAPageGivesOnlyInNoscript() {
        // a page that renders its post with scripts, saved with the no-script fallback holding the text
        String prose = PROSE + PROSE.replace("Tuesday", "Wednesday") + PROSE.replace("Tuesday", "Thursday");
        Article a = extract("<html><body><div class=\"post-body\"><script>render()</script><noscript>" + prose
                + "</noscript></div><noscript><p>Please enable JavaScript to view this site.</p></noscript></body></html>");
        assertThat(a.text()).contains("expand the bus network").doesNotContain("enable JavaScript");
    }

    @Test
    void standfirstPrintedUnderTheHeadlineIsTheDek() {
        String lead = "Four new routes will link the eastern suburbs with the hospital district from next spring.";
        Article a = extractAt("https://news.example.com/bus", "<title>Council expands bus network</title>"
                + "<meta name=\"description\" content=\"Read all about it on Example News\">",
                "<article><header><h1>Council expands bus network</h1><p class=\"intro\">" + lead + "</p>"
                + "<div class=\"image\"><img src=\"bus.jpg\"><p>A bus in the eastern suburbs, seen from the depot.</p></div>"
                + "<p>19.10.2019, 15:30 Uhr</p></header><div class=\"body\">" + PROSE + "</div></article>");
        assertThat(a.dek()).isEqualTo(lead);
        assertThat(a.text()).doesNotContain(lead).contains("expand the bus network");
        // without a standfirst on the page, the dek is the page's description
        Article plain = extractAt("https://news.example.com/bus", "<title>Council expands bus network</title>"
                + "<meta name=\"description\" content=\"The council votes for four new routes.\">",
                "<article><h1>Council expands bus network</h1><div class=\"body\">" + PROSE + "</div></article>");
        assertThat(plain.dek()).isEqualTo("The council votes for four new routes.");
    }

    @Test
    void dropsPhotoCreditLinesStandingAlone() {
        Article a = extract("<html><body><article>" + PROSE + "<div>Foto: Jane Roe / dpa</div>"
                + "<p>Crédits photos : Agence Exemple</p>" + PROSE.replace("Tuesday", "Friday")
                + "<p>He kept the photograph: a bus at dawn.</p></article></body></html>");
        assertThat(a.text()).contains("expand the bus network").contains("He kept the photograph: a bus at dawn.")
                .doesNotContain("Foto:").doesNotContain("Agence Exemple");
    }

    @Test
    void keepsALayoutWrapperNamedLikeASidebarThatHoldsTheHeadline() {
        String story = PROSE + PROSE.replace("Tuesday", "Wednesday") + PROSE.replace("Tuesday", "Thursday")
                + PROSE.replace("Tuesday", "Saturday") + PROSE.replace("Tuesday", "Sunday") + PROSE.replace("Tuesday", "Friday");
        String about = "<div><p>Example News is an independent local newspaper, founded in 1921 and owned by its readers,"
                + " which covers the city, the county and the region every day of the week, in print and online.</p>"
                + "<p>Our reporters, photographers and editors live here too, and they have won awards for their work on"
                + " housing, schools, transport and the environment, most recently in 2023.</p></div>";
        Article a = extract("<html><body><div class=\"content-sidebar-wrap\"><main><article><h1>Council expands bus"
                + " network</h1>" + story + "</article></main><div class=\"sidebar-wrapper\"><p>Popular this week: "
                + "a sidebar teaser that tells another story entirely, at length, with commas, clauses, and more.</p>"
                + "</div></div>" + about + "</body></html>");
        assertThat(a.text()).contains("expand the bus network").contains("Friday")
                .doesNotContain("independent local newspaper").doesNotContain("sidebar teaser");
    }

    @Test
    void dropsReadAlsoLabelsAndRatingPromptsInOtherLanguages() {
        Article a = extract("<html><body><article>" + PROSE + "<h3>Mehr zum Thema</h3>" + PROSE.replace("Tuesday", "Friday")
                + "<p>Explore further</p><p>War der Artikel nützlich?</p><p>Lesen Sie auch die folgenden Beiträge:</p>"
                + "</article></body></html>");
        assertThat(a.text()).contains("Friday").doesNotContain("Mehr zum Thema").doesNotContain("Explore further")
                .doesNotContain("nützlich").doesNotContain("Lesen Sie auch");
    }

    @Test
    void dropsPaywallNotices() {
        Article a = extract("<html><body><article>" + PROSE + "<p>To read the full story, please subscribe to Example News.</p>"
                + "<p>Already a subscriber? Log in for immediate access.</p><p>The paper has 10,000 subscribers in the county.</p>"
                + "</article></body></html>");
        assertThat(a.text()).contains("expand the bus network").contains("10,000 subscribers")
                .doesNotContain("please subscribe").doesNotContain("Already a subscriber");
    }
}
