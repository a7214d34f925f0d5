package io.newsgraph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    /** Mentions laid end to end; "text>referent" binds a short form. */
    private static List<Mention> mentions(EntityType type, String... texts) {
        List<Mention> out = new ArrayList<>();
        int at = 0;
        for (String t : texts) {
            String[] parts = t.split(">");
            out.add(new Mention(parts[0], type, -1, at, at += parts[0].length(), parts.length > 1 ? parts[1] : parts[0]));
        }
        return out;
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void transliterationsAcrossArticlesAreOnePerson() {
        EntityResolver r = new EntityResolver();
        r.add("a", mentions(EntityType.PERSON, "Ziyad al-Nakhalah", "al-Nakhalah>Ziyad al-Nakhalah"));
        r.add("b", mentions(EntityType.PERSON, "Ziad Al-Nakhaleh", "Al-Nakhaleh>Ziad Al-Nakhaleh"));
        r.add("c", mentions(EntityType.PERSON, "Mr Ziyad al-Nakhalah"));
        assertThat(r.entityOf("a", 0)).isEqualTo(r.entityOf("b", 0)).isEqualTo(r.entityOf("c", 0));
        assertThat(r.size()).isEqualTo(1);
    }

    @Test
    void namesakesWithDifferentGivenNamesStayApart() {
        EntityResolver r = new EntityResolver();
        r.add("a", mentions(EntityType.PERSON, "Omar Haddad"));
        r.add("b", mentions(EntityType.PERSON, "Amir Haddad"));
        assertThat(r.entityOf("a", 0)).isNotEqualTo(r.entityOf("b", 0));
    }

    @Test
    void aPersonStaysApartFromHisOrganizationAndAMovementFromItsArmedWing() {
        EntityResolver r = new EntityResolver();
        r.add("a", concat(mentions(EntityType.PERSON, "Hamid Jaber"),
                mentions(EntityType.ORG, "Jaber Movement", "Jaber Brigades", "JM>Jaber Movement")));
        assertThat(r.size()).isEqualTo(3);
    }

    @Test
    void aSurnameSeenFirstJoinsTheFullNameThatComesLater() {
        EntityResolver r = new EntityResolver();
        r.add("a", mentions(EntityType.PERSON, "Ayatollah Karimi"));
        r.add("b", mentions(EntityType.PERSON, "Reza Karimi"));
        assertThat(r.entityOf("a", 0)).isEqualTo(r.entityOf("b", 0));
    }

    @Test
    void anAcronymSeenFirstJoinsTheLongFormThatComesLater() {
        EntityResolver r = new EntityResolver();
        r.add("a", mentions(EntityType.ORG, "NFU"));
        r.add("b", mentions(EntityType.ORG, "Northern Farmers Union", "NFU>Northern Farmers Union"));
        r.add("c", mentions(EntityType.ORG, "Farmers Union>Northern Farmers Union", "Northern Farmers Union"));
        r.add("d", mentions(EntityType.ORG, "Farmers Union"));
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.entities().get(0).name()).isEqualTo("Northern Farmers Union");
    }

    @Test
    void aMisspellingJoinsOnlyWithSharedContext() {
        EntityResolver r = new EntityResolver();
        List<Mention> context = mentions(EntityType.ORG, "Northern Farmers Union", "Coastal Rail Company");
        r.add("a", concat(mentions(EntityType.PERSON, "Ziyad al-Nakhalah"), context));
        r.add("b", concat(mentions(EntityType.PERSON, "Ziyad al-Nakhaklah"), context));
        r.add("c", mentions(EntityType.PERSON, "Ziyad al-Nakhatlah"));
        assertThat(r.entityOf("b", 0)).isEqualTo(r.entityOf("a", 0));
        assertThat(r.entityOf("c", 0)).isNotEqualTo(r.entityOf("a", 0));
    }

    @Test
    void addingAnArticleTwiceChangesNothing() {
        EntityResolver r = new EntityResolver();
        r.add("a", mentions(EntityType.PERSON, "Jane Roe"));
        List<Entity> before = r.entities();
        r.add("a", mentions(EntityType.PERSON, "Jane Roe"));
        assertThat(r.entities()).isEqualTo(before);
    }
}
