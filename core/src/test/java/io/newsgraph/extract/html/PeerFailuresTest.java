package io.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Failures that users of other extractors (Readability ports, trafilatura, newspaper) report in their
 * issue trackers, on synthetic pages written for this test (in {@code src/test/resources/html/}).
 * Each page is built so that the naive answer is wrong: the boilerplate is longer than the article,
 * the second story is as good a candidate as the first, the index page has full sentences.
 */
class PeerFailuresTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Article extractResource(String name) {
        return extract(resource(name), "https://news.example.com/" + name);
    }

    private Article extract(String html, String url) {
        return extractor.extract(new Page("test", url, PageType.HTML, html, "00"));
    }

    static String resource(String name) {
        try (InputStream in = PeerFailuresTest.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test page /html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void consentBannerAndNewsletterBoxLongerThanTheArticleAreNotTheArticle() {
        Article a = extractResource("consent-and-newsletter.html");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).startsWith("Fares on the harbour ferry will rise by 40 cents")
                .contains("Commuters who buy a monthly pass")
                .endsWith("at its next meeting.")
                .doesNotContain("partners").doesNotContain("cookies").doesNotContain("consent")
                .doesNotContain("morning briefing").doesNotContain("tide tables").doesNotContain("unsubscribe");
    }

    @Test
    void germanConsentBannerWithGeneratedNamesIsRemoved() {
        String banner = "<div class=\"x7f2k\"><div class=\"x7f2k__inner\"><p>Wir und unsere Partner verwenden Cookies"
                + " und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien"
                + " anzubieten und die Zugriffe auf unsere Website zu analysieren. Mit Klick auf „Alle akzeptieren“"
                + " willigen Sie in die Verarbeitung Ihrer Daten ein; Ihre Einwilligung können Sie jederzeit in den"
                + " Datenschutz-Einstellungen widerrufen. Weitere Informationen finden Sie in unserer"
                + " Datenschutzerklärung, auch zur Verarbeitung Ihrer Daten in Drittländern wie den USA.</p>"
                + "<button>Alle akzeptieren</button><button>Einstellungen</button></div></div>";
        Article a = extract("<html lang=\"de\"><body>" + banner + "<div class=\"x9q1\"><h1>Neue Buslinie zum Klinikum</h1>"
                + "<p>Ab Montag fährt eine neue Buslinie im Zehn-Minuten-Takt vom Hauptbahnhof zum Klinikum, teilten die"
                + " Stadtwerke am Freitag mit.</p><p>Die Linie ersetzt zwei bisherige Verbindungen, die nur stündlich"
                + " fuhren, und hält auch am neuen Wohngebiet im Norden der Stadt.</p></div></body></html>",
                "https://news.example.de/bus");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).startsWith("Ab Montag fährt eine neue Buslinie").endsWith("im Norden der Stadt.")
                .doesNotContain("Cookies").doesNotContain("Einwilligung");
    }

    @Test
    void consentDialogMarkedByItsRoleIsRemoved() {
        String dialog = "<div role=\"dialog\" aria-modal=\"true\" aria-label=\"Privacy\"><p>"
                + "This site uses cookies and similar technologies to measure traffic, remember your settings and show"
                + " you advertising that matches your interests, together with our partners, who may combine it with"
                + " other information you have given them. ".repeat(4)
                + "</p><button>OK</button></div>";
        Article a = extract("<html><body>" + dialog + "<div class=\"main\"><h1>Bakery wins regional prize</h1>"
                + "<p>A family bakery in the old town won the regional bread prize on Saturday, for a rye loaf made to"
                + " a recipe the owners' grandmother brought from the mountains in the 1950s.</p>"
                + "<p>The jury praised the crust and said the loaf kept fresh for four days, longer than any other entry.</p>"
                + "</div></body></html>", "https://news.example.com/bakery");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).contains("family bakery").contains("fresh for four days").doesNotContain("cookies");
    }

    @Test
    void secondStoryOfAnInfiniteScrollPageIsNotAppended() {
        Article a = extractResource("infinite-scroll.html");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.title()).isEqualTo("Library reopens after two-year renovation");
        assertThat(a.text()).startsWith("The central library reopened its doors on Monday")
                .endsWith("is now available in digital form.")
                .doesNotContain("rowing").doesNotContain("Rowing").doesNotContain("Lea Sandoval");
    }

    @Test
    void longerSecondStoryDoesNotReplaceThePagesOwn() {
        String longer = "<p>The coach said the crew had rowed more than 3,000 kilometres since September, most of"
                + " them before dawn, and that the club's boathouse, built in 1911, had been their second home.</p>";
        String html = resource("infinite-scroll.html").replace("<p>The crew now hopes", longer.repeat(6) + "<p>The crew now hopes");
        Article a = extract(html, "https://news.example.com/local/library-reopens");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).startsWith("The central library reopened its doors on Monday")
                .endsWith("is now available in digital form.").doesNotContain("rowed");
    }

    @Test
    void secondStoryInAContainerWithItsOwnHeadlineIsNotAppended() {
        // the same page without <article> tags: each story is a plain container with its own h1
        Article a = extractResource("infinite-scroll-divs.html");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).startsWith("The central library reopened its doors on Monday")
                .endsWith("is now available in digital form.")
                .doesNotContain("rowing").doesNotContain("Rowing");
    }

    @Test
    void finalParagraphsAfterAnInlineBoxAndInASiblingContainerAreKept() {
        Article a = extractResource("paragraphs-after-box.html");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).startsWith("The administrative court on Wednesday")
                .contains("The judges found that the study had been thorough")
                .contains("about 400,000 homes from 2028.")
                .contains("consider an appeal to the federal court")
                .contains("\u201cWe will keep fighting for the bay,\u201d he said.".replace('\u201c', '"').replace('\u201d', '"'))
                .endsWith("The ruling can be appealed within a month.")
                .doesNotContain("Fishermen take wind farm fight to court").doesNotContain("Advertisement");
    }

    @Test
    void finalParagraphsAfterAnEmbedAndAnAdAndInAnUnrelatedSiblingAreKept() {
        Article a = extractResource("paragraphs-after-embed.html");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).startsWith("Night trains will run again on the northern line")
                .contains("Unions welcomed the decision but asked for more staff on board.")
                .contains("The regional government will pay a third of the cost")
                .endsWith("A second route, to the mountains, is being studied.")
                .doesNotContain("The old sleeper in 2013").doesNotContain("Rail Travel");
    }

    @Test
    void finalLinesWrittenAsBareTextAfterTheParagraphsAreKept() {
        // older CMSs close the last paragraphs with <br><br> instead of <p>
        Article a = extract("<html><body><div class=\"content\"><h1>Museum extends opening hours</h1>"
                + "<p>The city museum will stay open until 9 pm on Thursdays from June, its director said on Monday, to"
                + " draw visitors who work during the day.</p><p>Entry after 6 pm will be free for residents under 26,"
                + " a trial the museum will review in the autumn.</p>"
                + "The museum had 240,000 visitors last year, a record.<br><br>"
                + "The late openings start on June 6.</div></body></html>", "https://news.example.com/museum");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).contains("a record.").endsWith("The late openings start on June 6.");
    }

    @Test
    void sectionFrontOfTeasersIsNotAnArticle() {
        Article a = extractResource("section-front.html");
        assertThat(a.isArticle()).isFalse();
        assertThat(a.notArticleReason()).isNotBlank();
    }

    @Test
    void sectionFrontWhoseLeadTeaserReadsLikeAShortArticleIsNotAnArticle() {
        // the lead story's two-paragraph summary wins the scoring; it sits under a linked headline,
        // among cards the cleaner removes by name, which marks it as one teaser of many
        Article a = extractResource("section-front-with-lead.html");
        assertThat(a.isArticle()).isFalse();
        assertThat(a.notArticleReason()).startsWith("a section or index page");
    }

    @Test
    void tagPageListingTwentyStoriesIsNotAnArticle() {
        Article a = extractResource("tag-page.html");
        assertThat(a.isArticle()).isFalse();
        assertThat(a.notArticleReason()).isNotBlank();
    }

    @Test
    void siteNameIsRemovedFromTitles() {
        String body = "<body><article><h1>%s</h1><p>The harbour ferry will run every ten minutes in summer, the"
                + " board said on Thursday, after a year in which crowds at the pier grew by a fifth.</p>"
                + "<p>The change needs two more boats, which the board will lease from a company in the north.</p>"
                + "</article></body>";
        String headline = "Ferry to run every ten minutes in summer";
        String[] titles = {
            headline + " | Coastal Herald",
            headline + " - Coastal Herald",
            headline + " \u2013 Coastal Herald",
            "Coastal Herald | " + headline,
            "Coastal Herald: " + headline,
            headline + " | Local | Coastal Herald",
            headline + " \u2014 Coastal Herald",
            headline + " :: Coastal Herald",
            headline + " \u00ab Coastal Herald",
            headline + " \u00b7 Coastal Herald",
            headline + " / Coastal Herald",
        };
        for (String title : titles) {
            Article a = extract("<html><head><title>" + title + "</title>"
                    + "<meta property=\"og:site_name\" content=\"Coastal Herald\"></head>" + body.formatted(headline)
                    + "</html>", "https://www.coastalherald.example/local/ferry");
            assertThat(a.title()).as("title from <title>%s</title>", title).isEqualTo(headline);
        }
        // no og:site_name and no h1 to compare with: the suffix is known only as the host's name
        Article a = extract("<html><head><title>" + headline + " | coastalherald.example</title></head>"
                + body.formatted("").replace("<h1></h1>", "") + "</html>", "https://www.coastalherald.example/local/ferry");
        assertThat(a.title()).isEqualTo(headline);
    }
}
