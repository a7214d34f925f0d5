package io.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The extractor on hand-made page dumps whose layouts differ from the seed pages, so that the rules
 * are checked on outlets they were not tuned on.
 */
class TextDumpExtractorTest {

    private final TextDumpExtractor extractor = new TextDumpExtractor();

    @Test
    void readsAWireStoryWithTickerCaptionReadAlsoBlockTagsAndFooter() throws IOException {
        Article a = extract("wire-story.txt");
        assertThat(a.outlet()).isEqualTo("The Harbor Times");
        assertThat(a.title()).isEqualTo("Dockworkers reach tentative deal after week-long strike");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.creditedSource()).isEqualTo("Reuters");
        assertThat(a.published()).isEqualTo("2023-11-05T17:40");
        assertThat(a.tags()).containsExactly("Labor", "Shipping", "Harbor City");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text().split("\n\n")).hasSize(6)
                .startsWith("Dockworkers at the city's main container port reached a tentative agreement with terminal"
                        + " operators on Sunday, ending a strike that had halted most cargo traffic for more than a week.")
                .contains("What happens next")
                .endsWith("The city's mayor welcomed the agreement and thanked both sides for returning to the table.");
        assertThat(a.text()).doesNotContain("Read also", "Shipping rates climb", "port gates", "Most Popular",
                "All Rights Reserved", "ferry schedule");
    }

    @Test
    void readsAPageWithoutBlankLinesAndADatelineAgency() throws IOException {
        Article a = extract("dateline-no-blank-lines.txt");
        assertThat(a.outlet()).isEqualTo("Northern Ledger");
        assertThat(a.title()).isEqualTo("Minister resigns over procurement row");
        assertThat(a.published()).isEqualTo("2024-03-01T08:15");
        assertThat(a.creditedSource()).isEqualTo("AFP");
        assertThat(a.byline()).isNull();
        assertThat(a.text().split("\n\n")).hasSize(5);
        assertThat(a.text()).startsWith("LONDON (AFP) - Britain's procurement minister resigned")
                .doesNotContain("Share", "Most Popular", "Rail fares", "Copyright");
    }

    @Test
    void readsAStatementWithHeaderTagsHeadingAndFootnotes() throws IOException {
        Article a = extract("statement-with-footnotes.txt");
        assertThat(a.outlet()).isEqualTo("Ministry of Coastal Affairs");
        assertThat(a.title()).isEqualTo("Joint statement on the northern fishing grounds");
        assertThat(a.published()).isEqualTo("2024-06-12");
        assertThat(a.tags()).containsExactly("Fisheries", "Trade", "Diplomacy");
        assertThat(a.footnotes()).containsExactly("[1] The original agreement was signed in 2019.",
                "[2] See the annual report of the joint research board, published in March 2024.");
        assertThat(a.text().split("\n\n")).hasSize(5).contains("Scientific cooperation");
        assertThat(a.text()).doesNotContain("[1] The original", "Share this page", "Press releases");
    }

    @Test
    void readsAStandfirstAboveTheBylineAndSeveralAuthors() throws IOException {
        Article a = extract("dek-above-byline.txt");
        assertThat(a.outlet()).isEqualTo("City Weekly");
        assertThat(a.title()).isEqualTo("Library to stay open on Sundays");
        assertThat(a.dek()).isEqualTo("The council reversed its decision after a petition signed by three thousand students.");
        assertThat(a.byline()).isEqualTo("Tom Reed and Ana Silva");
        assertThat(a.authors()).containsExactly("Tom Reed", "Ana Silva");
        assertThat(a.published()).isEqualTo("2024-06-04T09:05");
        assertThat(a.tags()).containsExactly("Libraries", "Council");
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).doesNotContain("petition signed by three thousand", "min read", "Tags", "City Weekly");
    }

    @Test
    void dropsAnEmbeddedTweetAndItsSignature() {
        String dump = String.join("\n",
                "Minister defends budget plan",
                "",
                "The finance minister defended the budget on Tuesday, saying it would cut the deficit within two years.",
                "",
                "Finance Ministry: \"The plan protects pensions and schools.\" https://t.co/abc123",
                "",
                "\u2014 Finance Ministry (@FinMin) May 7, 2024",
                "",
                "Opposition leaders said the plan relied on optimistic growth forecasts and would hurt small firms.");
        Article a = extractText(dump);
        assertThat(a.text()).doesNotContain("@FinMin", "protects pensions")
                .contains("defended the budget", "optimistic growth");
        assertThat(a.title()).isEqualTo("Minister defends budget plan");
    }

    @Test
    void takesALetterDateFromInsideTheTextWhenNothingElseIsPrinted() {
        String dump = String.join("\n",
                "A letter to the council",
                "",
                "Dear members of the council, I write to ask that the library stay open on Sundays for students.",
                "",
                "Many of them have no quiet place to study at home, and the library is the only one in the district.",
                "",
                "Anna Weber",
                "The 3rd of March 2021",
                "",
                "The council said it would discuss the request at its next meeting in April, a spokesman confirmed.");
        Article a = extractText(dump);
        assertThat(a.published()).isEqualTo("2021-03-03");
        assertThat(a.text()).contains("Anna Weber", "The 3rd of March 2021");
    }

    @Test
    void reportsAPageWithoutProseAsNoArticle() {
        Article a = extractText("  \u2022 Home\n  \u2022 News\n  \u2022 Sport\n\u00a9 2024 Example Media\n");
        assertThat(a.isArticle()).isFalse();
        assertThat(a.text()).isEmpty();
        assertThat(a.notArticleReason()).isNotBlank();
    }

    @Test
    void neverThrowsOnRandomLines() {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"\u2022 ", "BREAKING", "By Ann Lee", "Related News", "[1] note", "(AP)", "13 Apr 2024",
                "A sentence that goes on for a while and ends properly.", "", "Short Title", "\u2014 X (@x) May 1, 2024",
                "All Rights Reserved", "Read more: y", "4 Min Read", "Tags: A, B", "A | B"};
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " x y z" : "").append('\n');
            }
            extractText(sb.toString());
        }
    }

    @Test
    void namesThePublisherOfANumberedSeriesWhenThePageCitesAnotherItemOfIt() {
        String page = """
                March 3, 2025 Policy Brief No. 412

                Harbor authority weighs new toll on container traffic

                March 3, 2025
                Trade, Ports | Policy Brief No. 412

                The harbor authority is considering a toll on container traffic, its chairman said on Monday, arguing
                that the port could no longer carry the cost of dredging the channel alone.

                "We cannot keep dredging for free," he said, adding that a decision would come within the month.

                Shipping companies said the toll would push cargo to rival ports further up the coast.

                [1] See Coastal Policy Institute Policy Brief No. 377, on dredging costs, and Coastal Policy Institute
                Data Note No. 12.
                """;
        assertThat(extractText(page).outlet()).isEqualTo("Coastal Policy Institute");
    }

    @Test
    void namesNoPublisherFromASeriesLabelCitedOnlyOnce() {
        String page = """
                March 3, 2025 Policy Brief No. 412

                Harbor authority weighs new toll on container traffic

                The harbor authority is considering a toll on container traffic, its chairman said on Monday, arguing
                that the port could no longer carry the cost of dredging the channel alone.

                Shipping companies said the toll would push cargo to rival ports further up the coast.

                [1] See Tidewater Policy Brief No. 377, on dredging costs.
                """;
        assertThat(extractText(page).outlet()).isNull();
    }

    private Article extract(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/textdumps/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return extractor.extract(new Page(resource, null, PageType.TEXT,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), "test"));
        }
    }

    private Article extractText(String text) {
        return extractor.extract(new Page("inline", null, PageType.TEXT, text, "test"));
    }
}
