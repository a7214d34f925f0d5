package io.newsgraph.entities;

import io.newsgraph.extract.Article;
import io.newsgraph.nlp.NameChunk;
import io.newsgraph.nlp.NameChunker;
import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the persons, organizations and places an article names, in its body and its embedded posts,
 * with offsets. Names are {@link NameChunker} chunks split at role titles ({@link ChunkSplitter}); a
 * name's own words type it where they can (an organization head word, an acronym, a state, an honorific,
 * two or more proper nouns for a person), and the article types the rest and binds every short form to
 * its full form: a surname alone to the full name that ends in it, an acronym to the long form the text
 * defines ("Long Form (ACR)") or whose initials it is, "Islamic Jihad" to the longer organization name
 * that ends in it. A pure function of the article; thread-safe.
 */
public final class MentionFinder {
    private static final Pattern BRACKETED_NAME = Pattern.compile(" ?\\[\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}\\]");

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final NameChunker chunker = new NameChunker();

    /** A piece and where it was found. */
    private record Found(Piece piece, int embed) {
    }

    /** The article's mentions, body first, then each embed, each in reading order. */
    public List<Mention> find(Article article) {
        List<Found> found = new ArrayList<>();
        Map<String, String> acronyms = new LinkedHashMap<>(AcronymDefinitions.in(article.text()));
        collect(article.text(), -1, found);
        for (int i = 0; i < article.embeds().size(); i++) {
            collect(article.embeds().get(i), i, found);
            AcronymDefinitions.in(article.embeds().get(i)).forEach(acronyms::putIfAbsent);
        }
        List<Found> persons = new ArrayList<>();
        List<Found> orgs = new ArrayList<>();
        for (Found f : found) {
            if (f.piece().type() == EntityType.PERSON && f.piece().words() >= 2) persons.add(f);
            if (f.piece().type() == EntityType.ORG && !NameKeys.isAcronym(f.piece().text())) orgs.add(f);
        }
        List<Mention> out = new ArrayList<>();
        for (Found f : found) {
            Mention m = bind(f, persons, orgs, acronyms);
            if (m != null) out.add(m);
        }
        return out;
    }

    private void collect(String text, int embed, List<Found> out) {
        for (Sentence s : analyzer.sentences(text)) {
            for (NameChunk c : chunker.chunks(s.tokens())) {
                // a bracketed completion is also a mention of its own: "[Qaani]" inside "Hajj Ismail [Qaani]"
                for (Piece p : ChunkSplitter.split(text, s.tokens(), c)) out.add(new Found(withEditorialCompletion(text, p), embed));
            }
        }
    }

    /**
     * Translations complete a partial name in square brackets ("Hajj Ismail [Qaani]"); the bracketed
     * words are part of the name, so the mention takes them and the name is full.
     */
    private static Piece withEditorialCompletion(String text, Piece p) {
        if (p.type() == EntityType.ORG || p.type() == EntityType.LOC) return p;
        Matcher m = BRACKETED_NAME.matcher(text).region(p.end(), text.length());
        if (!m.lookingAt()) return p;
        String extended = text.substring(p.start(), m.end());
        int words = NameKeys.personWords(extended).size();
        return new Piece(extended, p.start(), m.end(), words >= 2 ? EntityType.PERSON : p.type(), words);
    }

    private static Mention bind(Found f, List<Found> persons, List<Found> orgs, Map<String, String> acronyms) {
        Piece p = f.piece();
        Mention m = new Mention(p.text(), p.type() == null ? EntityType.ORG : p.type(), f.embed(), p.start(), p.end(), p.text());
        if (p.type() == EntityType.LOC) return m;
        if (NameKeys.isAcronym(p.text())) {
            String acr = NameKeys.acronymKey(p.text());
            String longForm = acronyms.get(acr);
            if (longForm == null) {
                for (Found o : orgs) if (NameKeys.acronymsOf(o.piece().text()).contains(acr)) longForm = o.piece().text();
            }
            return longForm == null ? m : m.withReferent(longForm);
        }
        if (p.words() == 1 && p.type() != EntityType.ORG) {
            Found person = personEndingIn(p, f, persons);
            if (person != null) return m.withType(EntityType.PERSON).withReferent(person.piece().text());
        }
        if (p.type() == null || p.type() == EntityType.ORG) {
            Found org = orgEndingIn(p, orgs);
            if (org != null) return m.withType(EntityType.ORG).withReferent(org.piece().text());
        }
        return m;
    }

    /** The full name, nearest before (else first after), whose last word (else any word) is this one word. */
    private static Found personEndingIn(Piece p, Found at, List<Found> persons) {
        List<String> own = NameKeys.personWords(p.text());
        if (own.isEmpty()) return null;
        String word = own.get(own.size() - 1);
        Found best = bestMatch(word, at, persons, true);
        return best != null ? best : bestMatch(word, at, persons, false);
    }

    private static Found bestMatch(String word, Found at, List<Found> persons, boolean lastWordOnly) {
        Found before = null;
        Found after = null;
        for (Found f : persons) {
            List<String> words = NameKeys.personWords(f.piece().text());
            boolean hit = false;
            for (int i = lastWordOnly ? words.size() - 1 : 0; i < words.size(); i++) hit |= NameKeys.sameWord(words.get(i), word);
            if (!hit) continue;
            boolean isBefore = f.embed() < at.embed() || (f.embed() == at.embed() && f.piece().start() <= at.piece().start());
            if (isBefore) before = f;
            else if (after == null) after = f;
        }
        return before != null ? before : after;
    }

    /** The longest organization name of the article whose key ends with this name's key ("Islamic Jihad"). */
    private static Found orgEndingIn(Piece p, List<Found> orgs) {
        String key = NameKeys.orgKey(p.text());
        if (key.isEmpty()) return null;
        Found best = null;
        for (Found o : orgs) {
            String k = NameKeys.orgKey(o.piece().text());
            if ((k.equals(key) || k.endsWith(" " + key)) && (best == null || o.piece().text().length() > best.piece().text().length())) {
                best = o;
            }
        }
        return best;
    }
}
