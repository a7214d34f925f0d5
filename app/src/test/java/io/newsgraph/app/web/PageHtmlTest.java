package io.newsgraph.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.entities.EntityType;
import io.newsgraph.entities.Mention;
import io.newsgraph.quotes.Statement;
import io.newsgraph.store.ArticleListing;
import io.newsgraph.store.EntityQueries;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The pieces the pages are built from, without a server: escaping, nesting of highlights, the chart, cursors. */
class PageHtmlTest {

    @Test
    void escapesMarkupAndKeepsOnlyTheSearchMarks() {
        String snippet = "a <b onclick=x>" + Html.MATCH_OPEN + "truce" + Html.MATCH_CLOSE + "</b> & \"more\"";
        assertThat(Html.snippet(snippet)).isEqualTo("a &lt;b onclick=x&gt;<mark>truce</mark>&lt;/b&gt; &amp; &quot;more&quot;");
        // a page cannot forge a mark: the private-use characters are dropped from text
        assertThat(Html.esc("x" + Html.MATCH_OPEN + "<i>")).isEqualTo("x&lt;i&gt;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void statementsAndNamesNestWhenTheyOverlapAndSpeakersFollowTheirWords() {
        String text = "Jane Roe said <script>x</script> was fair.\n\n\"We won,\" said Jane Roe.";
        int quote = text.indexOf("We won");
        List<Statement> statements = List.of(
                new Statement("indirect", "Jane Roe", "Jane Roe", "person", "said", "<script>x</script> was fair", 14, 41, null),
                new Statement("direct", "Jane Roe", "Jane Roe", "person", "said", "We won,", quote, quote + 7, null));
        ArticleEntity jane = new ArticleEntity("E4", "Jane Roe", EntityType.PERSON, List.of("Jane Roe"));
        List<Mention> mentions = List.of(new Mention("Jane Roe", EntityType.PERSON, -1, 0, 8, "Jane Roe"),
                new Mention("Roe said <script", EntityType.PERSON, -1, 5, 21, "Roe"));
        String html = ArticleText.html(text, statements, Arrays.asList(jane, null), mentions, Arrays.asList("E4", "E4"));
        assertThat(html).doesNotContain("<script").contains("&lt;script");
        // well nested: parsing as XML round-trips the same text
        Document xml = Jsoup.parse("<div>" + html.replace("&apos;", "'") + "</div>", "", Parser.xmlParser());
        assertThat(xml.select("p")).hasSize(2);
        assertThat(String.join("", xml.select("p").get(0).select("mark.statement").eachText())).isEqualTo("<script>x</script> was fair");
        assertThat(xml.select("a.speaker").attr("href")).isEqualTo("/entity/E4");
        assertThat(xml.select("a.name").first().attr("href")).isEqualTo("/entity/E4");
        assertThat(xml.select("p").get(1).text()).contains("— Jane Roe");
        assertThat(html).contains("<span class=\"said-by\">— Jane Roe</span>");
    }

    @Test
    void theTimelineHasAMonthSlotFromFirstToLastAndAnOutletLegend() {
        List<EntityQueries.Said> said = List.of(
                new EntityQueries.Said("2023-01-05", "Daily <Ledger>", "a", "direct", "x", 1),
                new EntityQueries.Said("2023-04-20T10:00", "Harbor Times", "b", "direct", "y", 2),
                new EntityQueries.Said("2023-04-21", "Harbor Times", "b", "direct", "z", 2),
                new EntityQueries.Said(null, null, "c", "direct", "undated", 3));
        String svg = TimelineSvg.of(said);
        assertThat(svg).contains("2023-01", "Daily &lt;Ledger&gt;", "Harbor Times").doesNotContain("<Ledger>");
        assertThat(svg.split("<rect ", -1).length - 1).isEqualTo(2 + 2); // two bars, two legend swatches
        assertThat(TimelineSvg.of(List.of())).contains("No dated statements");
    }

    @Test
    void cursorsRoundTripAndStrangersAreRefused() {
        for (ArticleListing.Cursor c : List.of(new ArticleListing.Cursor("2024-04-13T22:31", 7), new ArticleListing.Cursor("", 3))) {
            assertThat(Cursors.decode(Cursors.encode(c))).isEqualTo(c);
        }
        for (String bad : new String[] {"!!", "", "MjAyNA", "eHx8fA", Cursors.encode(new ArticleListing.Cursor("2024-01-01", 5)).substring(2)}) {
            assertThatThrownBy(() -> Cursors.decode(bad)).as(bad).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        }
    }
}
