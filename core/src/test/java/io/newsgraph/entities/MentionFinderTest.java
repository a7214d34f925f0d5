package io.newsgraph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final MentionFinder FINDER = new MentionFinder();

    private static List<Mention> find(String body) {
        return FINDER.find(Article.builder("test").text(body).build());
    }

    private static Map<String, Mention> byText(List<Mention> ms) {
        return ms.stream().collect(Collectors.toMap(Mention::text, m -> m, (a, b) -> a));
    }

    @Test
    void titlesSplitAPersonFromHisOrganization() {
        String body = "The Northern Farmers Union (NFU) met on Monday. NFU Secretary-General Jane Roe said the talks failed.";
        Map<String, Mention> ms = byText(find(body));
        assertThat(ms.get("Jane Roe").type()).isEqualTo(EntityType.PERSON);
        assertThat(ms.get("NFU").type()).isEqualTo(EntityType.ORG);
        assertThat(ms.get("NFU").referent()).isEqualTo("Northern Farmers Union");
        Mention roe = ms.get("Jane Roe");
        assertThat(body.substring(roe.start(), roe.end())).isEqualTo("Jane Roe");
    }

    @Test
    void aPossessiveSeparatesTheOwnerFromWhatItOwnsButNotFromAnOrganizationName() {
        Map<String, Mention> ms = byText(find("Developers said Mercurial's Python code was hard to port."
                + " Officials of the People's Liberation Army declined to comment."));
        assertThat(ms).containsKeys("Mercurial", "Python").doesNotContainKey("Mercurial's Python");
        assertThat(ms.keySet()).anyMatch(k -> k.contains("People's Liberation Army"));
    }

    @Test
    void aSurnameAloneRefersToTheFullNameInTheArticle() {
        String body = "Senator Mike Carver spoke in Ohio on Tuesday.\n\nLater Carver told reporters he would run again.";
        Map<String, Mention> ms = byText(find(body));
        assertThat(ms.get("Carver").type()).isEqualTo(EntityType.PERSON);
        assertThat(ms.get("Carver").referent()).isEqualTo("Mike Carver");
        assertThat(ms.get("Ohio").type()).as("one word after \"in\"").isEqualTo(EntityType.LOC);
    }

    @Test
    void honorificsStayWithTheNameAndArticlesJoinIt() {
        Map<String, Mention> ms = byText(find("Yesterday Sheikh Omar al-Haddad met Dr Leila Mansour in Cairo."));
        assertThat(ms).containsKeys("Sheikh Omar al-Haddad", "Dr Leila Mansour");
        assertThat(ms.get("Sheikh Omar al-Haddad").type()).isEqualTo(EntityType.PERSON);
        assertThat(ms.get("Cairo").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void aShorterOrganizationNameRefersToTheLongerOne() {
        Map<String, Mention> ms = byText(find("The Northern Farmers Union called a strike. A spokesman for Farmers Union said it would last a week."));
        assertThat(ms.get("Farmers Union").referent()).isEqualTo("Northern Farmers Union");
    }

    @Test
    void randomTextNeverBreaksTheOffsets() {
        String[] words = {"Al-Quds", "al-", "-", "Mr", "Sayyed", "Ali", "(PIJ)", "PIJ", "[Qaani]", "[", "]", "the",
                "Secretary-General", "Movement", "Brigades", "in", "Gaza", "said", "Хаменеи", "خامنئي", ".", ",", "'s",
                "\n\n", "Jane", "Roe", "Islamic", "Jihad", "(", ")", "U.N.", "Dr.", "’s", "—", "el-Sisi", "Abu"};
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            String body = b.toString();
            for (Mention m : find(body)) {
                assertThat(body.substring(m.start(), m.end())).as("mention in %s", body).isEqualTo(m.text());
            }
        }
    }

    @Test
    void embedsAreSearchedWithTheirOwnOffsets() {
        Article a = Article.builder("test").text("Jane Roe spoke.").embeds(List.of("Great speech by Jane Roe today")).build();
        List<Mention> ms = FINDER.find(a);
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.embed()).isEqualTo(0);
            assertThat(a.embeds().get(0).substring(m.start(), m.end())).isEqualTo("Jane Roe");
        });
    }
}
