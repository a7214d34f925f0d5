package io.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.PageType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages built to break an extractor: pathological nesting, huge size, scripts other than Latin, a
 * charset label that lies. Each must give its body text or a clear "not an article" reason — never an
 * exception, a stack overflow or a hang. The JUnit timeouts only stop a hung run; what is asserted
 * is the result.
 */
class RobustnessTest {

    private static final String URL = "https://news.example.com/2024/05/story";

    private static final String PROSE = "<p>The regional water authority said on Friday that reservoir levels had"
            + " recovered after the spring rains, and that the limits on garden watering, in force since July, would"
            + " be lifted next week for all households in the valley.</p>"
            + "<p>Farmers, who had been allowed only half their usual share, welcomed the decision, but said the"
            + " authority should invest in storage before the next dry summer, as the last three had shown.</p>";

    private static Article extract(HtmlExtractor extractor, String html) {
        return extractor.extract(new Page("test", URL, PageType.HTML, html, "00"));
    }

    private static Article extract(String html) {
        return extract(new HtmlExtractor(), html);
    }

    /**
     * For the pathological pages: what is tested is that they finish with their text, not how fast a
     * shared CI machine is, so the budget is generous and the JUnit timeout guards against a hang.
     */
    private static Article extractWithoutHurry(String html) {
        return extract(new HtmlExtractor(Duration.ofMinutes(1)), html);
    }

    @Test
    @Timeout(60)
    void hundredThousandNestedDivsGiveTheirText() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder(depth * 12 + 2_000).append("<html><body>");
        html.append("<div>".repeat(depth)).append("<h1>Water limits lifted</h1>").append(PROSE).append("</div>".repeat(depth));
        html.append("</body></html>");
        Article a = extractWithoutHurry(html.toString());
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).startsWith("The regional water authority").endsWith("as the last three had shown.");
    }

    @Test
    @Timeout(60)
    void hundredThousandUnclosedFormattingTagsGiveTheirText() {
        // tag soup: <b><i> opened and never closed, the case that makes HTML5's "reconstruct the active
        // formatting elements" step quadratic in parsers without its limits
        StringBuilder html = new StringBuilder().append("<html><body><article><h1>Water limits lifted</h1>");
        html.append(PROSE);
        for (int i = 0; i < 100_000; i++) {
            html.append("<b><i>word ");
        }
        html.append(PROSE.replace("regional", "local")).append("</article></body></html>");
        Article a = extractWithoutHurry(html.toString());
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).startsWith("The regional water authority").contains("invest in storage");
    }

    @Test
    @Timeout(120)
    void fiftyMegabytePageGivesItsBodyWithinAGenerousBudget() {
        // most of the weight of a real 50 MB page is inline data (a framework's JSON state, base64
        // images) and page furniture; the article is a small part of it
        StringBuilder html = new StringBuilder(52_000_000).append("<html><head><title>Water limits lifted</title>");
        html.append("<script>window.__STATE__=\"");
        String blob = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk";
        while (html.length() < 40_000_000) {
            html.append(blob);
        }
        html.append("\";</script></head><body><nav>");
        for (int i = 0; html.length() < 50_000_000; i++) {
            html.append("<a href=\"/topic/").append(i).append("\">Topic number ").append(i).append("</a> ");
        }
        html.append("</nav><article><h1>Water limits lifted</h1>").append(PROSE).append("</article></body></html>");
        Article a = extractWithoutHurry(html.toString());
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).startsWith("The regional water authority").endsWith("as the last three had shown.");
    }

    @Test
    @Timeout(60)
    void pageOfTwentyThousandStoriesGivesTheFirst() {
        // an infinite-scroll page saved after a very long scroll: story look-ups must stay linear
        StringBuilder html = new StringBuilder("<html><body><main>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<article><header><h1>Story ").append(i).append("</h1></header>")
                    .append(PROSE.replace("regional", "regional (" + i + ")"))
                    .append("<p>The authority will publish the new figures for every reservoir at the end of the month.</p></article>");
        }
        Article a = extractWithoutHurry(html.append("</main></body></html>").toString());
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).startsWith("The regional (0) water authority")
                .endsWith("for every reservoir at the end of the month.").doesNotContain("(1)");
    }

    @Test
    @Timeout(60)
    void timeBudgetStopsABigPageWithAReason() {
        StringBuilder html = new StringBuilder("<html><body>");
        while (html.length() < 20_000_000) {
            html.append("<div class=\"item\">").append(PROSE).append("</div>");
        }
        Article a = extract(new HtmlExtractor(Duration.ofMillis(1)), html.append("</body></html>").toString());
        assertThat(a.isArticle()).isFalse();
        assertThat(a.notArticleReason()).isEqualTo("extraction exceeded the time budget of 1 ms of CPU time");
    }

    @Test
    void timeBudgetMustBePositive() {
        assertThatThrownBy(() -> new HtmlExtractor(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeBudget");
        assertThatThrownBy(() -> new HtmlExtractor(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windows1251BytesDeclaredAsUtf8AreReadAsCyrillic() throws PageReadException {
        // the reverse mislabel: a template's <meta charset="utf-8"> over a page saved in windows-1251
        String p1 = "Городской совет во вторник утвердил план ремонта набережной, который обойдётся бюджету в 120"
                + " миллионов рублей и займёт два летних сезона, сообщила пресс-служба мэрии.";
        String p2 = "Работы начнутся в мае, а движение транспорта по набережной будет частично закрыто до осени,"
                + " добавили в мэрии.";
        String html = "<html><head><meta charset=\"utf-8\"><title>Ремонт набережной</title></head><body><article>"
                + "<h1>Ремонт набережной</h1><p>" + p1 + "</p><p>" + p2 + "</p></article></body></html>";
        Page page = new PageReader().fromBytes("embankment.html", URL, html.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Article a = new HtmlExtractor().extract(page);
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).isEqualTo(p1 + "\n\n" + p2);
    }

    @Test
    void nulBytesAndControlCharactersDoNotReachTheText() {
        String html = "<html><body><article><h1>Water limits lifted</h1>" + PROSE.replace("Friday", "Fri\u0000day")
                + "<p>" + "\u0000\u0007\u001b".repeat(10_000) + "</p></article></body></html>";
        Article a = extract(html);
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).contains("on Friday that").doesNotContain("\u0000").doesNotContain("\ufffd")
                .doesNotContain("\u0007").endsWith("as the last three had shown.");
    }

    @Test
    void arabicPageRightToLeftGivesItsBody() {
        String p1 = "قالت وزارة الصحة يوم الأحد إن حملة التطعيم الجديدة ستبدأ في المدارس الأسبوع المقبل، وستشمل"
                + " جميع الأطفال بين السادسة والثانية عشرة في المدن والقرى على حد سواء.";
        String p2 = "وأضاف المتحدث باسم الوزارة أن الفرق الطبية ستزور كل مدرسة مرتين، وأن أولياء الأمور سيتلقون"
                + " رسالة قبل الموعد بثلاثة أيام على الأقل، فهل ستكفي هذه المدة؟";
        String p3 = "وأكد أن اللقاح مجاني، وأن الوزارة خصصت خطاً هاتفياً للإجابة عن أسئلة الأهالي طوال أيام الحملة.";
        Article a = extract("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<title>حملة تطعيم في المدارس</title></head><body><header><a href=\"/\">الرئيسية</a></header>"
                + "<article><h1>حملة تطعيم في المدارس</h1><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></article>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>");
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).isEqualTo(p1 + "\n\n" + p2 + "\n\n" + p3);
        assertThat(a.text()).contains("،").contains("؟");
    }

    @Test
    void cyrillicPageGivesItsBody() {
        String p1 = "Городской совет во вторник утвердил план ремонта набережной, который обойдётся бюджету в 120"
                + " миллионов рублей и займёт два летних сезона, сообщила пресс-служба мэрии.";
        String p2 = "«Мы ждали этого решения десять лет», — сказала председатель общества жителей Анна Петрова,"
                + " добавив, что новые скамейки и освещение сделают берег безопаснее.";
        String p3 = "Работы начнутся в мае, а движение транспорта по набережной будет частично закрыто до осени.";
        Article a = extract("<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Совет утвердил ремонт набережной</title>"
                + "</head><body><nav><a href=\"/\">Главная</a> <a href=\"/city\">Город</a></nav><main><h1>Совет утвердил"
                + " ремонт набережной</h1><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></main></body></html>");
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).isEqualTo(p1 + "\n\n" + p2 + "\n\n" + p3);
    }

    @Test
    void hangulPageGivesItsBody() {
        String p1 = "서울시는 화요일 한강 공원에 새로운 자전거 도로를 만들겠다고 밝혔다. 총 길이는 12킬로미터이며,"
                + " 공사는 내년 봄에 시작해 가을까지 마칠 계획이다.";
        String p2 = "시 관계자는 \"주말마다 공원을 찾는 시민이 크게 늘어 보행자와 자전거가 부딪히는 사고가 잦았다\"며"
                + " \"도로를 나누면 모두가 더 안전해질 것\"이라고 말했다.";
        String p3 = "시는 다음 달 주민 설명회를 열어 의견을 들은 뒤 최종 노선을 확정할 예정이다.";
        Article a = extract("<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>한강 공원에 자전거 도로</title></head>"
                + "<body><div id=\"wrap\"><div class=\"article_body\"><h1>한강 공원에 자전거 도로</h1><p>" + p1 + "</p><p>"
                + p2 + "</p><p>" + p3 + "</p></div></div></body></html>");
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).isEqualTo(p1 + "\n\n" + p2 + "\n\n" + p3);
    }

    @Test
    void utf8BytesDeclaredAsWindows1252AreReadAsUtf8() throws PageReadException {
        String p1 = "The café’s owner, Zoë Müller, said the “quiet season” had been the busiest in years — a surprise"
                + " to everyone on the square, including the mayor, who eats there every Friday.";
        String p2 = "Prices for a crème brûlée rose to €4.50, she said, and the terrace will stay open until 23:00"
                + " through September, weather permitting, with a jazz trio from Málaga on Saturday evenings.";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>A busy quiet season</title></head><body><article><h1>A busy quiet season</h1><p>" + p1
                + "</p><p>" + p2 + "</p></article></body></html>";
        Page page = new PageReader().fromBytes("cafe.html", URL, html.getBytes(StandardCharsets.UTF_8));
        Article a = new HtmlExtractor().extract(page);
        assertThat(a.isArticle()).as("reason: %s", a.notArticleReason()).isTrue();
        assertThat(a.text()).isEqualTo(p1 + "\n\n" + p2);
    }
}
