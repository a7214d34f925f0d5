package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts, per outlet of a story, the lexicon's terms in titles and bodies. Terms are matched longest first
 * and never overlap, so "the Israeli occupation" counts once, as itself, and not again as "the occupation".
 * A pure function of the articles given.
 */
public final class FramingCounter {
    private final FramingLexicon lexicon;
    private final Pattern any;
    private final Map<String, String[]> byLowerTerm = new HashMap<>();

    public FramingCounter(FramingLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> all = new ArrayList<>();
        lexicon.terms().forEach((referent, terms) -> {
            for (String t : terms) {
                if (byLowerTerm.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), new String[] {referent, t}) != null) {
                    throw new IllegalArgumentException("term '" + t + "' is listed twice in the framing lexicon");
                }
                all.add(t);
            }
        });
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String t : all) alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(t).replace(" ", "\\E\\s+\\Q"));
        any = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Framing count(List<StoryArticle> story) {
        List<StoryArticle> sorted = story.stream().sorted(ByTime.ORDER).toList();
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>(); // term as listed → outlet → count
        for (StoryArticle a : sorted) {
            outlets.add(a.outletLabel());
            Matcher m = any.matcher(a.title() + "\n" + a.text());
            while (m.find()) {
                String term = byLowerTerm.get(m.group().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))[1];
                counts.computeIfAbsent(term, k -> new HashMap<>()).merge(a.outletLabel(), 1, Integer::sum);
            }
        }
        List<Framing.Row> rows = new ArrayList<>();
        lexicon.terms().forEach((referent, terms) -> {
            for (String t : terms) if (counts.containsKey(t)) rows.add(new Framing.Row(referent, t, counts.get(t)));
        });
        return new Framing(List.copyOf(outlets), rows);
    }
}
