package io.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateMatchTest {

    @Test
    void comparesCalendarDatesNotStrings() {
        assertThat(DateMatch.matches("2022-11-01", "2022-11-01T23:59")).isTrue();
        assertThat(DateMatch.matches("2022-11-1", "2022-11-01")).isTrue();
        assertThat(DateMatch.matches("2022-11-1", "2022-11-15")).isFalse();
        assertThat(DateMatch.matches("2022-11-01", null)).isFalse();
    }

    @Test
    void readsLooselyTypedGoldDates() {
        assertThat(DateMatch.matches("2022-01.26", "2022-01-26")).isTrue();
        assertThat(DateMatch.matches("2022-29-11", "2022-11-29")).isTrue();
        assertThat(DateMatch.goldDate("2022-31-31")).isEmpty();
    }
}
