package io.newsgraph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resolution against a known truth: 2,400 synthetic persons drawn from Arabic, Persian, Russian and
 * English name pools (so dozens share each surname), each named in five articles with a random
 * transliteration, article form, honorific or typo, then by surname alone ({@link SyntheticNames}).
 * Pairwise precision and recall of person mentions → entities must reach 0.98 and 0.95.
 */
class SyntheticNamesTest {

    @Test
    void transliterationsMergeAndNamesakesStayApart() {
        SyntheticNames gen = new SyntheticNames(20261123L);
        List<SyntheticNames.Person> persons = gen.persons(2400, false);
        List<SyntheticNames.Article> articles = gen.articles(persons, 5);
        EntityResolver resolver = new EntityResolver();
        for (SyntheticNames.Article a : articles) resolver.add(a.id(), a.mentions());

        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        Map<String, Integer> perSurname = new HashMap<>();
        for (SyntheticNames.Person p : persons) perSurname.merge(p.surname()[0], 1, Integer::sum);
        for (SyntheticNames.Article a : articles) {
            for (int i = 0; i < a.mentions().size(); i++) {
                if (a.truth().get(i) < 0) continue;
                truth.add("P" + a.truth().get(i));
                predicted.add(String.valueOf(resolver.entityOf(a.id(), i)));
            }
        }
        PairwiseScore s = PairwiseScore.of(truth, predicted);
        System.out.printf("synthetic: %d persons, %d articles, %d person mentions, up to %d persons a surname; "
                        + "pairwise P=%.4f R=%.4f (%d entities)%n", persons.size(), articles.size(), truth.size(),
                perSurname.values().stream().mapToInt(Integer::intValue).max().orElse(0), s.precision(), s.recall(), resolver.size());
        assertThat(persons).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(s.precision()).as("pairwise precision").isGreaterThanOrEqualTo(0.98);
        assertThat(s.recall()).as("pairwise recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aRebuildInIngestOrderGivesTheSameEntities() {
        SyntheticNames gen = new SyntheticNames(7L);
        List<SyntheticNames.Article> articles = gen.articles(gen.persons(300, false), 4);
        EntityResolver a = new EntityResolver();
        EntityResolver b = new EntityResolver();
        for (SyntheticNames.Article x : articles) a.add(x.id(), x.mentions());
        for (SyntheticNames.Article x : articles) b.add(x.id(), x.mentions());
        assertThat(b.entities()).isEqualTo(a.entities());
    }
}
