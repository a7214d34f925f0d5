package io.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class RemovalsTest {

    private static final String PAGE = "<body><div id=a><p>one</p><!-- note --><p>two</p><nav>menu</nav>"
            + "<p>three</p></div><aside>side</aside><p>four</p></body>";

    @Test
    void restoreGivesBackTheTreeAsParsed() {
        Document doc = Jsoup.parse(PAGE);
        String parsed = doc.outerHtml();
        Node comment = doc.getElementById("a").childNode(1);
        List<Node> doomed = List.of(doc.selectFirst("p"), comment, doc.selectFirst("nav"), doc.selectFirst("aside"));
        Removals removals = new Removals();
        for (Node n : doomed) {
            removals.remove(n);
        }
        assertThat(doc.body().text()).isEqualTo("two three four");

        removals.restore();

        assertThat(doc.outerHtml()).isEqualTo(parsed);
        assertThat(doc.getElementById("a").childNode(1)).isSameAs(comment);
    }

    @Test
    void restoringTwiceChangesNothing() {
        Document doc = Jsoup.parse(PAGE);
        String parsed = doc.outerHtml();
        Removals removals = new Removals();
        removals.remove(doc.selectFirst("nav"));
        removals.restore();
        removals.restore();
        assertThat(doc.outerHtml()).isEqualTo(parsed);
    }
}
