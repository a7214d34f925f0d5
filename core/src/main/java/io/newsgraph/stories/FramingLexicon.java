package io.newsgraph.stories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referents and the terms outlets use for them, immutable: what {@link FramingCounter} counts. A term is
 * matched as whole words, case-insensitively, longest first ("Israeli occupation" before "occupation").
 *
 * @param terms referent → the terms that name it, in display order
 */
public record FramingLexicon(Map<String, List<String>> terms) {

    public FramingLexicon {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        terms.forEach((referent, list) -> {
            if (list.isEmpty()) throw new IllegalArgumentException("referent '" + referent + "' has no terms");
            copy.put(referent, List.copyOf(list));
        });
        terms = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Contested terms of Middle East coverage, the ones the stories issue names ("Israel" / "the Israeli
     * occupation" / "the Zionist regime"; "killed" / "martyred") and their usual companions. Descriptive:
     * a term's presence says how an outlet words things, not which wording is right.
     */
    public static FramingLexicon middleEast() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("Israel (state, government, forces)", List.of("Israel", "Israeli government", "Israeli forces", "Israeli army",
                "IDF", "Israeli occupation", "Israeli occupation forces", "IOF", "occupation forces", "the occupation",
                "occupying regime", "occupying entity", "Israeli regime", "Zionist regime", "Zionist entity", "Zionist enemy",
                "the enemy", "Tel Aviv regime"));
        t.put("death", List.of("killed", "dead", "died", "deaths", "martyred", "martyrs", "martyrdom", "murdered", "massacred", "slain"));
        t.put("armed groups", List.of("militants", "militant groups", "terrorists", "terror organizations", "gunmen",
                "fighters", "the resistance", "resistance groups", "resistance factions", "resistance movement", "mujahideen"));
        t.put("the war", List.of("war", "conflict", "fighting", "offensive", "military operation", "aggression", "genocide",
                "genocidal war", "massacre"));
        return new FramingLexicon(t);
    }
}
