package io.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void orSeparatesGroupsOfPhrasesThatMustAllMatch() {
        assertThat(SearchTerms.parse("\"final victory\" Hamas OR Hezbollah truce").groups())
                .isEqualTo(List.of(List.of("final victory", "Hamas"), List.of("Hezbollah", "truce")));
    }

    @Test
    void aLeadingOrIsAWordAndDanglingOnesAreDropped() {
        assertThat(SearchTerms.parse("OR truce OR").groups()).isEqualTo(List.of(List.of("OR", "truce")));
        assertThat(SearchTerms.parse(" -- ** ").isEmpty()).isTrue();
    }
}
