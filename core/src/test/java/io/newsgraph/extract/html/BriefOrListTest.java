package io.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import org.junit.jupiter.api.Test;

/** A short news brief is an article; a page of headline links is not. */
class BriefOrListTest {
    private static Article extract(String html) {
        return new HtmlExtractor().extract(new Page("t.html", null, PageType.HTML, html, "00"));
    }

    @Test
    void twoSentenceBriefIsAnArticle() {
        Article a = extract("<html><body><article><h1>Council delays vote</h1>"
                + "<p>The council said on Monday that the measure would be debated again next month, after a first"
                + " reading ended without a vote and members asked for more time to study it.</p>"
                + "<p>Officials said the delay reflected disagreement over costs, and that a compromise was being"
                + " drafted by a committee of four members.</p>"
                + "</article></body></html>");
        assertThat(a.isArticle()).isTrue();
        assertThat(a.text()).contains("compromise was being drafted");
    }

    @Test
    void listOfHeadlinesIsNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><body><h1>World news</h1><ul>");
        for (int i = 0; i < 8; i++) {
            html.append("<li><a href=\"/story").append(i).append("\">Ministers meet to discuss the budget plan number ")
                    .append(i).append("</a></li>");
        }
        Article a = extract(html.append("</ul></body></html>").toString());
        assertThat(a.isArticle()).isFalse();
        assertThat(a.notArticleReason()).isNotBlank();
    }
}
