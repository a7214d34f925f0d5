package io.newsgraph.quotes;

import io.newsgraph.nlp.NameChunk;
import io.newsgraph.nlp.NameChunker;
import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people named in one article, immutable once built: each bare name keyed by its last word, so a
 * partial name ("Nakhaleh", "Roe") finds the full one, and the words of the titles written next to each
 * name ("Secretary General of the X movement Jane Roe", "Jane Roe, the party's leader"), so a later role
 * reference ("the X chief") finds the person it was bound to.
 */
final class ArticleNames {

    /** A person named in the article, with where it was first named and the title words written beside it. */
    record Person(String name, int firstOffset, Set<String> titleWords) {
    }

    private final Map<String, Person> byKey = new LinkedHashMap<>();
    private final List<int[]> personSpans = new ArrayList<>();
    private final List<String> personAt = new ArrayList<>();

    ArticleNames(List<Sentence> sentences, NameChunker chunker) {
        // only sentences that can hold a name of two words or more are tokenised and tagged for this
        for (Sentence s : sentences) {
            if (!mayHoldFullName(s.text())) continue;
            for (NameChunk c : chunker.chunks(s.tokens())) {
                String bare = bareName(c.text());
                if (bare == null || isOrganization(c.text()) || bare.split(" ").length < 2
                        || !personLike(s.tokens(), c, bare)) {
                    continue;
                }
                String key = key(bare);
                Set<String> titles = titleWords(s.tokens(), c);
                Person old = byKey.get(key);
                if (old == null || old.name().length() < bare.length()) {
                    Set<String> merged = new HashSet<>(titles);
                    if (old != null) merged.addAll(old.titleWords());
                    byKey.put(key, new Person(bare, old == null ? c.start() : old.firstOffset(), merged));
                } else {
                    old.titleWords().addAll(titles);
                }
            }
        }
        Set<String> keys = new HashSet<>();
        for (String k : byKey.keySet()) keys.add(foldSigma(k));
        for (Sentence s : sentences) {
            if (!mayMention(s.text(), keys)) continue;
            for (NameChunk c : chunker.chunks(s.tokens())) {
                Person p = find(c.text());
                if (p != null) {
                    personSpans.add(new int[] {c.start(), c.end()});
                    personAt.add(p.name());
                }
            }
        }
    }

    /**
     * Whether a name chunk of two words or more may be in {@code text}: two whitespace-separated words in a
     * row that may hold name parts at the gap between them — a capital, a name particle ("bin", "van"), or
     * for the first word a joining hyphen. Text only, so the sentence is not tagged to find out.
     */
    static boolean mayHoldFullName(String text) {
        String[] words = LetterRuns.words(text);
        for (int i = 0; i + 1 < words.length; i++) {
            if ((mayBeNamePart(words[i]) || words[i].indexOf('-') >= 0) && mayBeNamePart(words[i + 1])) return true;
        }
        return false;
    }

    private static boolean mayBeNamePart(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) return true;
        return LetterRuns.anyIn(word, NameChunker.PARTICLE_WORDS);
    }

    /**
     * Whether {@code text} may name one of the people keyed by {@code keys}: a chunk's key is made of the
     * letters and digits of part of one whitespace-separated word, so it is inside that word's folded form.
     */
    private static boolean mayMention(String text, Set<String> keys) {
        if (keys.isEmpty()) return false;
        for (String w : LetterRuns.words(text)) {
            String folded = foldSigma(fold(w.toLowerCase(Locale.ROOT)));
            for (String k : keys) if (folded.contains(k)) return true;
        }
        return false;
    }

    private static String fold(String lower) {
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFKD).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Final sigma lower-cases by its place in the word; compare it as plain sigma. */
    private static String foldSigma(String s) {
        return s.replace('ς', 'σ');
    }

    /**
     * A person's name is written in proper nouns (and particles), and ends in a name, not a title:
     * "Palestinian Islamic Jihad" (adjectives) and "PIJ Secretary-General" are not people.
     */
    private static boolean personLike(List<Token> t, NameChunk c, String bare) {
        // only the name itself counts, not the titles before it ("House Speaker Mike Carver")
        int nameStart = c.end() - bare.length();
        int first = c.firstToken();
        while (first < c.lastToken() && t.get(first).start() < nameStart) first++;
        for (int i = first; i <= c.lastToken(); i++) {
            Token x = t.get(i);
            if (x.tag().equals("ADJ") || x.tag().equals("NOUN")) return false;
        }
        String last = t.get(c.lastToken()).lower();
        return !SpeakerWords.TITLES.contains(last) && !SpeakerWords.HONORIFICS.contains(last);
    }

    /** The full name of the person a name refers to, by its last word, or null when nobody matches. */
    Person find(String name) {
        String bare = bareName(name);
        return bare == null ? null : byKey.get(key(bare));
    }

    List<Person> people() {
        return List.copyOf(byKey.values());
    }

    /** The last person named before {@code offset} and at or after {@code from}, other than {@code except}. */
    String lastNamedBefore(int from, int offset, String except) {
        String found = null;
        for (int i = 0; i < personSpans.size(); i++) {
            int[] sp = personSpans.get(i);
            if (sp[0] >= from && sp[1] <= offset && !personAt.get(i).equals(except)) found = personAt.get(i);
        }
        return found;
    }

    /** The first person named at or after {@code offset}, before {@code limit}. */
    String firstNamedAfter(int offset, int limit) {
        for (int i = 0; i < personSpans.size(); i++) {
            if (personSpans.get(i)[0] >= offset && personSpans.get(i)[0] < limit) return personAt.get(i);
        }
        return null;
    }

    /** The name without titles and honorifics in front ("Mr Jane Roe" → "Jane Roe"); null when none is left. */
    static String bareName(String name) {
        String[] words = name.trim().split("\\s+");
        // the name follows the last title word: "Senate Majority Leader John Doe" → "John Doe"
        int i = 0;
        for (int k = 0; k < words.length - 1; k++) if (isTitleWord(words[k])) i = k + 1;
        if (isTitleWord(words[words.length - 1])) return null;
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String last = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        return SpeakerWords.HONORIFICS.contains(w) || SpeakerWords.TITLES.contains(w) && !SpeakerWords.ANONYMOUS.contains(w)
                || SpeakerWords.TITLES.contains(last) && w.contains("-");
    }

    /** An organisation's name: ends in an organisation word, or is an acronym. */
    static boolean isOrganization(String name) {
        String[] words = name.trim().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}.]", "");
        if (SpeakerWords.ORG_WORDS.contains(last)) return true;
        String raw = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        return words.length == 1 && raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT));
    }

    /** The key of a name: its last word folded, without an Arabic article ("al-Nakhalah" → "nakhalah"). */
    static String key(String name) {
        String[] words = name.trim().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        last = last.replaceAll("^(al|el|an|ad|as|ash|at|az|ar)-", "");
        return fold(last);
    }

    /** Lower-case content words of the titles written right before a name and in apposition after it. */
    private static Set<String> titleWords(List<Token> t, NameChunk c) {
        Set<String> words = new HashSet<>();
        for (int i = c.firstToken(); i <= c.lastToken(); i++) addWord(words, t.get(i));
        for (int i = c.firstToken() - 1; i >= Math.max(0, c.firstToken() - 10); i--) {
            Token x = t.get(i);
            if (x.isVerb() || x.text().equals(".") || x.text().equals(";")) break;
            if (x.text().equals(",") && (i < c.firstToken() - 1 || endsPersonName(t, i - 1))) break;
            addWord(words, x);
        }
        int k = c.lastToken() + 1;
        if (k < t.size() && t.get(k).text().equals(",")) {
            for (int i = k + 1; i < Math.min(t.size(), k + 12); i++) {
                Token x = t.get(i);
                if (x.isVerb() || x.text().matches("[,.;]")) break;
                addWord(words, x);
            }
        }
        return words;
    }

    /**
     * Two or more name words ending at {@code i}, not an organisation's name: the previous name of a list
     * ("Ali Roe, President Jane Doe"), whose titles are not this name's.
     */
    private static boolean endsPersonName(List<Token> t, int i) {
        if (i < 0 || SpeakerWords.ORG_WORDS.contains(t.get(i).lower())) return false;
        int n = 0;
        while (i >= 0 && t.get(i).isProperNoun() && isNameWord(t.get(i).text())) {
            n++;
            i--;
        }
        return n >= 2;
    }

    /** "Khamenei", "McCain": capitalised, with lower-case letters; not an acronym, no brackets. */
    private static boolean isNameWord(String w) {
        return w.matches("\\p{Lu}[\\p{L}'’.-]*") && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    private static void addWord(Set<String> words, Token x) {
        if (isContentWord(x)) {
            for (String w : x.lower().split("-")) if (w.length() > 1) words.add(w);
        }
    }

    /** Nouns, adjectives, capitalised words and titles, whatever the tagger made of them ("chief" as adverb). */
    static boolean isContentWord(Token x) {
        String tag = x.tag();
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || SpeakerWords.TITLES.contains(x.lower())
                || x.isCapitalized() && Character.isLetter(x.text().codePointAt(0)) && !tag.equals("DET") && !tag.equals("PRON");
    }
}
