package io.newsgraph.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TitleCleaner}: the site's part of a title. */
class TitleCleanerTest {

    @Test
    void removesSuffixMatchingSiteName() {
        assertThat(TitleCleaner.clean("Storm closes harbour - Coastal Herald", List.of("Coastal Herald")))
                .isEqualTo("Storm closes harbour");
        assertThat(TitleCleaner.clean("Storm closes harbour — coastalherald.com", List.of("coastalherald.com")))
                .isEqualTo("Storm closes harbour");
    }

    @Test
    void removesShortUnknownSuffixAfterPipe() {
        assertThat(TitleCleaner.clean("A long headline about the harbour storm | Herald", List.of()))
                .isEqualTo("A long headline about the harbour storm");
    }

    @Test
    void keepsColonInsideHeadline() {
        assertThat(TitleCleaner.clean("Climate: Drilling until it gets hot", List.of("Example News")))
                .isEqualTo("Climate: Drilling until it gets hot");
    }

    @Test
    void removesShortSiteNameGluedOnACjkTitle() {
        assertThat(TitleCleaner.clean("市政府宣布新的公共交通计划将于明年实施-城市日报", List.of()))
                .isEqualTo("市政府宣布新的公共交通计划将于明年实施");
        assertThat(TitleCleaner.clean("Covid-19", List.of())).isEqualTo("Covid-19");
        assertThat(TitleCleaner.clean("新冠-19", List.of())).isEqualTo("新冠-19");
    }

    @Test
    void removesALastPartThatHoldsTheSiteNameWhole() {
        assertThat(TitleCleaner.clean("Record crowd expected for the final - Summer Games Harbourtown 2030", List.of("harbourtown2030")))
                .isEqualTo("Record crowd expected for the final");
        // not when the part holding it is the headline, or more than a few words long
        assertThat(TitleCleaner.clean("Harbourtown 2030 plans unveiled at a packed town hall meeting", List.of("harbourtown2030")))
                .isEqualTo("Harbourtown 2030 plans unveiled at a packed town hall meeting");
        assertThat(TitleCleaner.clean("Fans queue for tickets - Why Harbourtown 2030 will be the biggest games yet", List.of("harbourtown2030")))
                .isEqualTo("Fans queue for tickets - Why Harbourtown 2030 will be the biggest games yet");
    }
}
