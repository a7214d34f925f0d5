package io.newsgraph.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link AuthorNames}: credits as printed into names. */
class AuthorNamesTest {

    @Test
    void dropsLeadWordsRolesAndDates() {
        assertThat(AuthorNames.split("Posted by Jane Roe | May 3, 2024")).containsExactly("Jane Roe");
        assertThat(AuthorNames.split("Evan Halper Staff Writer")).containsExactly("Evan Halper");
        assertThat(AuthorNames.split("Von Marta Muster und Paul Beispiel")).containsExactly("Marta Muster", "Paul Beispiel");
    }

    @Test
    void keepsNameParticlesAndDegrees() {
        assertThat(AuthorNames.split("Artikel von Alexa von Heyden")).containsExactly("Alexa von Heyden");
        assertThat(AuthorNames.split("Michael L. Anderson, PhD")).containsExactly("Michael L. Anderson, PhD");
    }

    @Test
    void dropsEmailsHandlesAndNobody() {
        assertThat(AuthorNames.split("Jane Roe jane@example.com @janeroe")).containsExactly("Jane Roe");
        assertThat(AuthorNames.split("No Author")).isEmpty();
        assertThat(AuthorNames.split("8. Januar 2020")).isEmpty();
    }

    @Test
    void dropsLabelBeforeColon() {
        assertThat(AuthorNames.split("Interview: Julia Example")).containsExactly("Julia Example");
    }

    @Test
    void dropsARoleSetAfterTheNameByComma() {
        assertThat(AuthorNames.split("By Tom Krisher, AP Auto Writer")).containsExactly("Tom Krisher");
        assertThat(AuthorNames.split("Von Marta Muster, Chefredakteurin")).containsExactly("Marta Muster");
        assertThat(AuthorNames.split("Jane Roe, John Doe")).containsExactly("Jane Roe", "John Doe");
    }

    @Test
    void printedCreditStartsAtTheFirstName() {
        assertThat(AuthorNames.printed("By Jane Doe and John Roe", java.util.List.of("Jane Doe", "John Roe")))
                .isEqualTo("Jane Doe and John Roe");
        assertThat(AuthorNames.printed("Meg James Staff Writer", java.util.List.of("Meg James"))).isEqualTo("Meg James");
        assertThat(AuthorNames.printed("Von Marta Muster | Berlin", java.util.List.of("Marta Muster")))
                .isEqualTo("Marta Muster");
    }

    @Test
    void dropsAJobTitleBeforeTheName() {
        assertThat(AuthorNames.split("Autor: Rechtsanwalt Sebastian Beispiel")).containsExactly("Sebastian Beispiel");
        assertThat(AuthorNames.split("FOCUS-Online-Experte Robin Muster")).containsExactly("Robin Muster");
    }

    @Test
    void aNameFieldKeepsTheDeskOrRoleWordsOfTheCreditAsGiven() {
        assertThat(AuthorNames.splitNameField("Example.LIVE Redaktion")).containsExactly("Example.LIVE Redaktion");
        assertThat(AuthorNames.splitNameField("HLNF Staff Report")).containsExactly("HLNF Staff Report");
        assertThat(AuthorNames.splitNameField("Rasender Reporter")).containsExactly("Rasender Reporter");
        // printed text still ends a name at a role word
        assertThat(AuthorNames.split("Evan Halper Staff Writer")).containsExactly("Evan Halper");
        assertThat(AuthorNames.splitNameField("Redaktion")).isEmpty();
    }
}
