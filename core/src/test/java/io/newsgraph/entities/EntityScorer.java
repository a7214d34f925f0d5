package io.newsgraph.entities;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code entities} part of {@code shared/corpus/seeds/score/score_seeds.py}, ported: every output
 * variant and name is keyed (NFKC, quotes straightened, case-folded, brackets and punctuation removed);
 * a {@code merge} group passes when at least 80 % of its variants (and at least two) are found and they
 * share one canonical name; an {@code apart} pair passes when the two share none.
 */
final class EntityScorer {
    private EntityScorer() {}

    record Score(double merged, double stretch, double apart, List<String> misses) {
    }

    /** One output entity of one article, as the scorer reads it. */
    record Output(String name, List<String> variants) {
    }

    static Score score(JsonNode spec, List<List<Output>> articles) {
        Map<String, Set<String>> canonOf = new HashMap<>();
        for (List<Output> a : articles) {
            for (Output e : a) {
                List<String> all = new ArrayList<>(e.variants());
                all.add(e.name());
                for (String v : all) canonOf.computeIfAbsent(key(v), k -> new HashSet<>()).add(key(e.name()));
            }
        }
        List<String> misses = new ArrayList<>();
        double merged = groups(spec.get("merge"), canonOf, misses);
        double stretch = groups(spec.get("stretch"), canonOf, misses);
        int ok = 0;
        for (JsonNode pair : spec.get("apart")) {
            Set<String> a = canonOf.getOrDefault(key(pair.get(0).asText()), Set.of());
            Set<String> b = canonOf.getOrDefault(key(pair.get(1).asText()), Set.of());
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            if (both.isEmpty()) ok++;
            else misses.add("wrongly merged: " + pair.get(0).asText() + " + " + pair.get(1).asText());
        }
        return new Score(merged, stretch, (double) ok / spec.get("apart").size(), misses);
    }

    private static double groups(JsonNode groups, Map<String, Set<String>> canonOf, List<String> misses) {
        int ok = 0;
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> g = it.next();
            n++;
            List<Set<String>> seen = new ArrayList<>();
            for (JsonNode v : g.getValue()) {
                Set<String> c = canonOf.get(key(v.asText()));
                if (c != null) seen.add(c);
            }
            Set<String> common = seen.isEmpty() ? Set.of() : new HashSet<>(seen.get(0));
            for (Set<String> c : seen) common.retainAll(c);
            int need = Math.max(2, (int) Math.ceil(0.8 * g.getValue().size() - 1e-9));
            if (seen.size() >= need && !common.isEmpty()) ok++;
            else misses.add("not merged: " + g.getKey() + " (found " + seen.size() + "/" + g.getValue().size() + ")");
        }
        return (double) ok / n;
    }

    static String key(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replace('\u00a0', ' ')
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        t = t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\[\\]().,;:!?\"]", "");
        return t.replaceAll("\\s+", " ").strip();
    }
}
