package io.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.quotes.Statement;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsStoreTest {
    @TempDir Path dir;

    static ProcessedPage page(String hash, String title, String body, String outlet, String published) {
        Page p = new Page(hash + ".html", null, PageType.HTML, "<html/>", hash);
        Article a = Article.builder(p.source()).outlet(outlet).title(title).published(published)
                .tags(List.of("tag")).text(body).language("en").build();
        return ProcessedPage.ok(p, a, List.of(new Statement(Statement.DIRECT, "Ziyad al-Nakhalah", "He", Statement.PERSON, "said", body, 0, body.length(), null)), List.of());
    }

    @Test
    void migratesOnceAndUsesWal() throws Exception {
        try (NewsStore s = NewsStore.open(dir)) {
            assertThat(s.integrityCheck()).isEqualTo("ok");
        }
        try (NewsStore s = NewsStore.open(dir); java.sql.Statement st = s.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
        }
    }

    @Test
    void samePageTwiceIsUnchangedAndFailuresAreRetried() throws Exception {
        try (NewsStore s = NewsStore.open(dir)) {
            var a = page("aa", "Title A", "Body about a truce.", "Outlet", "2024-01-02");
            assertThat(s.write(List.of(a, a), List.of())).containsExactly(NewsStore.Outcome.NEW, NewsStore.Outcome.UNCHANGED);
            assertThat(s.write(List.of(a), List.of())).containsExactly(NewsStore.Outcome.UNCHANGED);

            var failed = ProcessedPage.failed(new Page("bb.html", null, PageType.HTML, "x", "bb"), "extract", "boom");
            assertThat(s.write(List.of(failed), List.of(new NewsStore.ReadFailure("cc.html", "empty file"))))
                    .containsExactly(NewsStore.Outcome.NEW);
            assertThat(s.settledHashes()).containsExactly("aa");
            assertThat(s.write(List.of(page("bb", "B", "Body.", null, null)), List.of())).containsExactly(NewsStore.Outcome.NEW);
            assertThat(s.counts()).isEqualTo(new StoreCounts(2, 0, 0, 1));
        }
    }

    @Test
    void searchRanksFiltersAndHighlights() throws Exception {
        try (NewsStore s = NewsStore.open(dir)) {
            s.write(List.of(
                    page("1", "Truce talks resume", "Negotiators met again on Friday.", "Daily A", "2024-04-13T22:31"),
                    page("2", "Weather", "The truce was mentioned once, in passing, among many other words about rain.", "Daily B", "2023-11-24"),
                    page("3", "Markets", "Shares rose. The phrase final victory appears here.", "Daily A", "2022-08-11")), List.of());
            var search = new ArticleSearch(s, "[", "]");
            var hits = search.search(new SearchQuery("truce", null, null, null, 10));
            assertThat(hits).extracting(SearchHit::title).containsExactly("Truce talks resume", "Weather");
            assertThat(hits.get(1).snippet()).contains("[truce]");
            assertThat(search.search(new SearchQuery("truce", "daily b", null, null, 10))).extracting(SearchHit::title).containsExactly("Weather");
            assertThat(search.search(new SearchQuery("truce", null, "2024-01-01", null, 10))).hasSize(1);
            assertThat(search.search(new SearchQuery("truce", null, null, "2023-12-31", 10))).extracting(SearchHit::title).containsExactly("Weather");
            assertThat(search.search(new SearchQuery("\"final victory\"", null, null, null, 10))).extracting(SearchHit::title).containsExactly("Markets");
            assertThat(search.search(new SearchQuery("\"victory final\"", null, null, null, 10))).isEmpty();
        }
    }

    @Test
    void statementsAreFoundBySpeakerWhateverTheSpelling() throws Exception {
        try (NewsStore s = NewsStore.open(dir)) {
            s.write(List.of(page("1", "Old", "We will resist.", "Daily A", "2022-08-11"),
                    page("2", "New", "We have won.", "Daily B", "2024-04-13T22:31")), List.of());
            var search = new StatementSearch(s);
            assertThat(search.bySpeaker(new SpeakerQuery("Ziad Al-Nakhaleh", null, null, null, 10)))
                    .extracting(h -> h.statement().text()).containsExactly("We have won.", "We will resist.");
            assertThat(search.bySpeaker(new SpeakerQuery("nakhaleh", "daily a", null, null, 10))).hasSize(1);
            assertThat(search.bySpeaker(new SpeakerQuery("Nakhalah", null, "2023-01-01", null, 10))).hasSize(1);
            assertThat(search.bySpeaker(new SpeakerQuery("Haniyeh", null, null, null, 10))).isEmpty();
        }
    }
}
