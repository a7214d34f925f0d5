package io.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void transliterationsOfOneNameShareAKey() {
        assertThat(NameKey.of("Ziyad al-Nakhalah")).isEqualTo(NameKey.of("Ziad Al-Nakhaleh")).isEqualTo(" zd nkhl ");
        assertThat(NameKey.of("Muhammad")).isEqualTo(NameKey.of("Mohammed"));
        assertThat(NameKey.of("Hassan Nasrallah")).isEqualTo(NameKey.of("Hasan Nasralla"));
        assertThat(NameKey.of("Zoë Müller")).isEqualTo(NameKey.of("Zoe Muller"));
        assertThat(NameKey.of("Владимир Путин")).isEqualTo(NameKey.of("Vladimir Putin"));
    }

    @Test
    void differentNamesDiffer() {
        assertThat(NameKey.of("Ismail Haniyeh")).isNotEqualTo(NameKey.of("Ziyad al-Nakhalah"));
        assertThat(NameKey.of("Smith")).isNotEqualTo(NameKey.of("Schmidt"));
        assertThat(NameKey.of("  -- ")).isNull();
    }
}
