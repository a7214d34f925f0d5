package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the origin an article states: its credited source line, and phrases of English news prose that
 * name the venue of the words ("in an interview with X", "was interviewed by X", "told X", "speaking to X",
 * "in a televised speech", "in a letter", "in a statement"). A pure function of one article; phrases the
 * text does not contain are never guessed.
 */
public final class OriginFinder {
    /** A venue: words up to a clause boundary (comma, full stop, "that", "on", "about", "in which"...). */
    private static final String VENUE = "(?<venue>[^,;:\"“”()]+?)(?=[,;:\"“”()]|\\.(?:\\s|$)|\\s(?:that|on|about|in which|when|after|as|during|over|and said)\\s|$)";
    private static final List<Rule> RULES = List.of(
            new Rule(Origin.Kind.INTERVIEW, "\\b(?:interview(?:s)?|discussion|conversation)\\s+(?:given\\s+)?with\\s+" + VENUE),
            new Rule(Origin.Kind.INTERVIEW, "\\binterview(?:ed|s)?\\s+(?:by|to)\\s+" + VENUE),
            new Rule(Origin.Kind.TOLD, "\\b(?i:told|speaking\\s+to|in\\s+remarks\\s+to)\\s+(?<venue>(?:the\\s+)?\\p{Lu}[\\p{L}\\d.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\d.'’-]*)*)"),
            new Rule(Origin.Kind.SPEECH, "\\bin\\s+an?\\s+(?:\\w+\\s+){0,2}(?:speech|address)\\b"),
            new Rule(Origin.Kind.LETTER, "\\bin\\s+an?\\s+(?:\\w+\\s+)?letter\\b(?:\\s+to\\s+" + VENUE + ")?"),
            new Rule(Origin.Kind.STATEMENT, "\\bin\\s+an?\\s+(?:\\w+\\s+)?statement\\b"));

    /** Rules whose venue must be a capitalised name scope their case-insensitivity to the cue, {@code (?i:…)}. */
    private record Rule(Origin.Kind kind, Pattern pattern) {
        Rule(Origin.Kind kind, String regex) {
            this(kind, Pattern.compile(regex, regex.contains("\\p{Lu}") ? Pattern.UNICODE_CASE
                    : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The origins the article states, credited source first, then in order of the text; each kind and venue once. */
    public List<Origin> find(StoryArticle article) {
        List<Origin> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        article.credited().ifPresent(c -> add(out, seen, new Origin(article.id(), Origin.Kind.CREDITED_SOURCE, c.strip(), c.strip())));
        List<Origin> inText = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(article.text());
            while (m.find()) {
                String venue = venue(m);
                inText.add(new Origin(article.id(), rule.kind(), venue, m.group().strip()));
                at.add(m.start());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inText.size(); i++) order.add(i);
        order.sort((x, y) -> Integer.compare(at.get(x), at.get(y)));
        for (int i : order) add(out, seen, inText.get(i));
        return out;
    }

    private static String venue(Matcher m) {
        try {
            String v = m.group("venue");
            if (v == null) return "";
            v = v.strip();
            return v.toLowerCase(Locale.ROOT).startsWith("the ") ? v.substring(4) : v;
        } catch (IllegalArgumentException noVenueGroup) {
            return "";
        }
    }

    private static void add(List<Origin> out, Set<String> seen, Origin o) {
        if (seen.add(o.kind() + "\u0000" + o.venue().toLowerCase(Locale.ROOT))) out.add(o);
    }
}
