package io.newsgraph.stories;

import java.util.List;
import java.util.Map;

/**
 * How each outlet of a story names the same referents, counted, immutable: one row per referent and term
 * that some outlet used, with the count per outlet (outlets in publication order of their first report).
 * Descriptive only.
 *
 * @param outlets the story's outlets, first to report first
 * @param rows    referent, term and per-outlet counts, in lexicon order
 */
public record Framing(List<String> outlets, List<Row> rows) {

    /** One term for one referent, and how often each outlet used it (absent outlets: 0). */
    public record Row(String referent, String term, Map<String, Integer> countsByOutlet) {
        public Row {
            countsByOutlet = Map.copyOf(countsByOutlet);
        }

        public int count(String outlet) {
            return countsByOutlet.getOrDefault(outlet, 0);
        }
    }

    public Framing {
        outlets = List.copyOf(outlets);
        rows = List.copyOf(rows);
    }
}
