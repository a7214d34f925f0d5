package io.newsgraph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finds mentions in the five seed pages, resolves them across all five and scores the result as
 * {@code score_seeds.py entities} does ({@link EntityScorer}). Writes {@code target/seed-entities.jsonl}
 * in the scorer's input shape: {@code python3 ../shared/corpus/seeds/score/score_seeds.py
 * core/target/seed-entities.jsonl entities}.
 */
class SeedEntitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    private static Map<String, Article> articles;

    @BeforeAll
    static void findMentions() throws IOException {
        articles = SeedArticles.articles();
        MentionFinder finder = new MentionFinder();
        articles.forEach((name, a) -> mentions.put(name, finder.find(a)));
    }

    private static EntityResolver resolve(List<String> order) {
        EntityResolver r = new EntityResolver();
        for (String name : order) r.add(name, mentions.get(name));
        return r;
    }

    /** Per article: each entity it mentions, named canonically, with the forms this article uses. */
    private static List<List<EntityScorer.Output>> output(EntityResolver r) {
        List<List<EntityScorer.Output>> out = new ArrayList<>();
        for (String name : mentions.keySet()) {
            Map<String, Set<String>> forms = new LinkedHashMap<>();
            List<Mention> ms = mentions.get(name);
            for (int i = 0; i < ms.size(); i++) {
                String id = r.entityOf(name, i);
                if (id == null) continue;
                Set<String> f = forms.computeIfAbsent(id, k -> new LinkedHashSet<>());
                f.add(ms.get(i).text());
                f.add(MentionGroup.bareName(ms.get(i).text()));
                f.add(ms.get(i).referent());
            }
            List<EntityScorer.Output> article = new ArrayList<>();
            for (Entity e : r.entitiesOf(name)) article.add(new EntityScorer.Output(e.name(), List.copyOf(forms.get(e.id()))));
            out.add(article);
        }
        return out;
    }

    @Test
    void goldEntitiesAreMergedAndKeptApart() throws IOException {
        EntityResolver r = resolve(List.copyOf(mentions.keySet()));
        List<List<EntityScorer.Output>> out = output(r);
        writeJsonl(r, out);
        EntityScorer.Score s = EntityScorer.score(SeedArticles.json("score/seed_entities.json"), out);
        s.misses().forEach(m -> System.out.println("  " + m));
        System.out.printf("entities: merged=%.3f apart=%.3f stretch=%.3f (%d entities)%n", s.merged(), s.apart(), s.stretch(), r.size());
        assertThat(s.merged()).as("merged").isEqualTo(1.0);
        assertThat(s.apart()).as("apart").isEqualTo(1.0);
    }

    @Test
    void everyGoldPersonAndOrganizationWithSeveralVariantsIsOneEntity() throws IOException {
        EntityResolver r = resolve(List.copyOf(mentions.keySet()));
        List<Entity> all = r.entities();
        Map<String, String> entityOfGold = new LinkedHashMap<>();
        for (JsonNode g : SeedArticles.json("gold.json").get("entities")) {
            String type = g.get("type").asText();
            if (type.equals("LOC")) continue;
            Set<String> ids = new LinkedHashSet<>();
            int found = 0;
            for (JsonNode v : g.get("variants")) {
                for (Entity e : all) {
                    if (e.type().equals(type) && e.variants().containsKey(v.asText())) {
                        ids.add(e.id());
                        found++;
                    }
                }
            }
            // every gold entity our mentions reach lands in one entity, and no two gold entities share one
            assertThat(ids).as("entities holding the variants of %s", g.get("canonical").asText()).hasSizeLessThanOrEqualTo(1);
            for (String id : ids) {
                String other = entityOfGold.put(id, g.get("canonical").asText());
                assertThat(other).as("%s merged with %s", g.get("canonical").asText(), other).isNull();
            }
            if (found > 0) System.out.println("  gold " + g.get("canonical").asText() + " -> " + ids);
        }
    }

    @Test
    void anyIngestOrderGivesTheSameGrouping() {
        List<String> order = new ArrayList<>(mentions.keySet());
        Set<Set<String>> reference = grouping(resolve(order));
        java.util.Collections.reverse(order);
        assertThat(grouping(resolve(order))).isEqualTo(reference);
        java.util.Collections.rotate(order, 2);
        assertThat(grouping(resolve(order))).isEqualTo(reference);
    }

    @Test
    void aRebuildGivesTheSameEntities() {
        List<String> order = List.copyOf(mentions.keySet());
        assertThat(resolve(order).entities()).isEqualTo(resolve(order).entities());
    }

    /** Entities as sets of their variants, independent of ids. */
    private static Set<Set<String>> grouping(EntityResolver r) {
        Set<Set<String>> out = new LinkedHashSet<>();
        for (Entity e : r.entities()) out.add(new java.util.TreeSet<>(e.variants().keySet()));
        return out;
    }

    private static void writeJsonl(EntityResolver r, List<List<EntityScorer.Output>> out) throws IOException {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (String name : mentions.keySet()) {
            ObjectNode a = JSON.createObjectNode();
            a.put("source", name);
            ArrayNode es = a.putArray("entities");
            List<Entity> ents = r.entitiesOf(name);
            for (int k = 0; k < ents.size(); k++) {
                ObjectNode e = es.addObject();
                e.put("name", out.get(i).get(k).name());
                e.put("type", ents.get(k).type());
                ArrayNode vs = e.putArray("variants");
                out.get(i).get(k).variants().forEach(vs::add);
            }
            b.append(JSON.writeValueAsString(a)).append('\n');
            i++;
        }
        Path p = Path.of("target", "seed-entities.jsonl");
        Files.createDirectories(p.getParent());
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
    }
}
