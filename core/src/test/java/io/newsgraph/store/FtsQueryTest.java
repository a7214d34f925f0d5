package io.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void wordsAreQuotedPhrasesKeptAndOrPassedThrough() {
        assertThat(FtsQuery.of("final victory")).isEqualTo("\"final\" \"victory\"");
        assertThat(FtsQuery.of("\"Wahda al-Sahat\" truce")).isEqualTo("\"Wahda al-Sahat\" \"truce\"");
        assertThat(FtsQuery.of("Hamas OR Hezbollah")).isEqualTo("\"Hamas\" OR \"Hezbollah\"");
        assertThat(FtsQuery.of("NOT AND NEAR(")).isEqualTo("\"NOT\" \"AND\" \"NEAR(\"");
        assertThat(FtsQuery.of("\"unclosed phrase")).isEqualTo("\"unclosed phrase\"");
        assertThat(FtsQuery.of(" -- ** ")).isEmpty();
        assertThat(FtsQuery.of("OR")).isEqualTo("\"OR\"");
        assertThat(FtsQuery.of("truce OR")).isEqualTo("\"truce\"");
        assertThat(FtsQuery.of("a b OR OR c")).isEqualTo("\"a\" \"b\" OR \"c\"");
    }
}
