package io.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bookkeeping of a speed run; no figure here is compared with a speed (that is the benchmark's job). */
class ExtractionSpeedTest {
    private static final SpeedOptions TWO_ROUNDS = new SpeedOptions(1, 2, 2);

    private static List<Page> threePages() {
        return List.of(page("a", "A first story"), page("b", "A second story"), page("c", "A third story"));
    }

    private static Page page(String id, String headline) {
        String html = "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + "The council met on Tuesday and voted on the budget. ".repeat(20)
                + "</p></article></body></html>";
        return new Page(id, "https://example.org/" + id, PageType.HTML, html, "0".repeat(64));
    }

    @Test
    void htmlExtractorRunGivesSaneFiguresForEachPassAndThread() {
        SpeedReport report = new ExtractionSpeed().run(threePages(), TWO_ROUNDS);

        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.rounds()).isEqualTo(2);
        assertThat(report.threads()).isEqualTo(2);
        assertThat(report.failedPerPass()).isZero();
        assertThat(report.pagesPerSecondPerCore()).isPositive();
        assertThat(report.pagesPerSecondAllCores()).isPositive();
        assertThat(report.peakHeapBytes()).isPositive();
        assertThat(report.liveHeapBefore()).isPositive();
        assertThat(report.liveHeapAfterRound()).hasSize(4).allSatisfy(b -> assertThat(b).isPositive());
        assertThat(report.pagesBetweenHeapReadings()).isEqualTo(9);
        assertThat(report.htmlChars()).isEqualTo(threePages().stream().mapToLong(p -> p.text().length()).sum());
    }

    @Test
    void everyPageIsExtractedOncePerPassIncludingWarmUp() {
        AtomicInteger calls = new AtomicInteger();
        new ExtractionSpeed(() -> page -> {
            calls.incrementAndGet();
            return body(page, "x");
        }).run(threePages(), TWO_ROUNDS);

        // 1 warm-up pass + 2 single-thread passes + 2 all-cores passes, 3 pages each
        assertThat(calls).hasValue(15);
    }

    @Test
    void failingPagesAreCountedAndTheRunGoesOn() {
        SpeedReport report = new ExtractionSpeed(() -> page -> {
            if (page.source().equals("b")) throw new IllegalStateException("broken page");
            return body(page, "four chars");
        }).run(threePages(), TWO_ROUNDS);

        assertThat(report.failedPerPass()).isEqualTo(1);
        assertThat(report.bodyChars()).isEqualTo(2 * "four chars".length());
    }

    @Test
    void refusesAnEmptyPageListAndNonsenseOptions() {
        assertThatThrownBy(() -> new ExtractionSpeed().run(List.of(), TWO_ROUNDS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpeedOptions(0, 0, 1)).hasMessageContaining("rounds");
        assertThatThrownBy(() -> new SpeedOptions(0, 1, 0)).hasMessageContaining("threads");
    }

    private static Article body(Page page, String text) {
        return Article.builder(page.source()).url(page.url()).text(text).build();
    }
}
