package io.newsgraph.quotes;

import io.newsgraph.nlp.NameChunk;
import io.newsgraph.nlp.NameChunker;
import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people named in one article, read on demand (see the constructor): each bare name keyed by its last word, so a
 * partial name ("Nakhaleh", "Roe") finds the full one, and the words of the titles written next to each
 * name ("Secretary General of the X movement Jane Roe", "Jane Roe, the party's leader"), so a later role
 * reference ("the X chief") finds the person it was bound to.
 */
final class ArticleNames {

    /** A person named in the article, with where it was first named and the title words written beside it. */
    record Person(String name, int firstOffset, Set<String> titleWords) {
    }

    /** Sentences read back by {@link #lastNamedBefore} before it reads them all instead. */
    private static final int BACKWARD_LIMIT = 8;

    private final List<Sentence> sentences;
    private final NameChunker chunker;
    /** Persons by key: for the keys in {@code scanned}, or for every key once {@code complete}. */
    private final Map<String, Person> byKey = new LinkedHashMap<>();
    /** Where each key was first registered (sentence, token), to give the order of a complete build. */
    private final Map<String, Long> firstSeen = new HashMap<>();
    private final Set<String> scanned = new HashSet<>();
    private boolean complete;
    private List<int[]> personSpans;
    private List<String> personAt;
    /** Per sentence, computed on first use: whether it may hold a full name, and its folded words. */
    private final Boolean[] fullNameCandidate;
    private final String[] foldedWords;

    /**
     * The names of {@code sentences}. Nothing is read yet: a lookup by name ({@link #find}) reads only the
     * sentences that can hold that name, and the first question about all people reads them all. Either
     * way the answers are those of a reading of every sentence, while most sentences are never tagged.
     */
    ArticleNames(List<Sentence> sentences, NameChunker chunker) {
        this.sentences = List.copyOf(sentences);
        this.chunker = chunker;
        this.fullNameCandidate = new Boolean[sentences.size()];
        this.foldedWords = new String[sentences.size()];
    }

    /** Registers the persons named in sentence {@code index}; only those keyed {@code onlyKey} unless null. */
    private void register(int index, String onlyKey) {
        Sentence s = sentences.get(index);
        for (NameChunk c : chunker.chunks(s.tokens())) {
            String bare = bareName(c.text());
            if (bare == null || isOrganization(c.text()) || bare.split(" ").length < 2
                    || !personLike(s.tokens(), c, bare)) {
                continue;
            }
            String key = key(bare);
            if (onlyKey != null && !onlyKey.equals(key)) continue;
            Set<String> titles = titleWords(s.tokens(), c);
            Person old = byKey.get(key);
            if (old == null || old.name().length() < bare.length()) {
                Set<String> merged = new HashSet<>(titles);
                if (old != null) merged.addAll(old.titleWords());
                byKey.put(key, new Person(bare, old == null ? c.start() : old.firstOffset(), merged));
                firstSeen.putIfAbsent(key, ((long) index << 32) + c.firstToken());
            } else {
                old.titleWords().addAll(titles);
            }
        }
    }

    /** Reads, once, the sentences that can name a person keyed {@code key}. */
    private void scan(String key) {
        if (complete || !scanned.add(key)) return;
        String folded = foldSigma(key);
        for (int i = 0; i < sentences.size(); i++) {
            if (mayHoldFullName(i) && foldedWords(i).contains(folded)) register(i, key);
        }
    }

    /** Reads every sentence that can hold a full name, then where the people are mentioned. */
    private void complete() {
        if (complete) return;
        complete = true;
        byKey.clear();
        for (int i = 0; i < sentences.size(); i++) {
            if (mayHoldFullName(i)) register(i, null);
        }
        personSpans = new ArrayList<>();
        personAt = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String k : byKey.keySet()) keys.add(foldSigma(k));
        for (int i = 0; i < sentences.size(); i++) {
            if (!mayMention(i, keys)) continue;
            for (NameChunk c : chunker.chunks(sentences.get(i).tokens())) {
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

    private boolean mayHoldFullName(int i) {
        if (fullNameCandidate[i] == null) fullNameCandidate[i] = mayHoldFullName(sentences.get(i).text());
        return fullNameCandidate[i];
    }

    /**
     * Whether sentence {@code i} may name one of the people keyed by {@code keys} (folded): a chunk's key is
     * made of the letters and digits of part of one whitespace-separated word, so it is inside that word's
     * folded form.
     */
    private boolean mayMention(int i, Set<String> keys) {
        String words = foldedWords(i);
        for (String k : keys) if (words.contains(k)) return true;
        return false;
    }

    /** The folded forms of the sentence's whitespace-separated words, space-separated (keys hold no space). */
    private String foldedWords(int i) {
        if (foldedWords[i] == null) {
            StringBuilder b = new StringBuilder();
            for (String w : LetterRuns.words(sentences.get(i).text())) b.append(foldSigma(fold(w.toLowerCase(Locale.ROOT)))).append(' ');
            foldedWords[i] = b.toString();
        }
        return foldedWords[i];
    }

    private static String fold(String lower) {
        if (isPlainAscii(lower)) {
            StringBuilder b = new StringBuilder(lower.length());
            for (int i = 0; i < lower.length(); i++) if (Character.isLetterOrDigit(lower.charAt(i))) b.append(lower.charAt(i));
            return b.toString();
        }
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFKD).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** ASCII letters, digits and punctuation only: NFKD leaves such text as it is. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 0x20 || s.charAt(i) > 0x7e) return false;
        return true;
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
        if (bare == null) return null;
        String key = key(bare);
        scan(key);
        return byKey.get(key);
    }

    /** Everyone named, in the order they were first named in full. */
    List<Person> people() {
        complete();
        return List.copyOf(byKey.values());
    }

    /** The people among {@code names} (full names as {@link #find} gives them), in the order of {@link #people}. */
    List<Person> peopleNamed(Set<String> names) {
        if (complete) return people().stream().filter(p -> names.contains(p.name())).toList();
        List<Person> out = new ArrayList<>();
        for (String n : names) {
            Person p = find(n);
            if (p != null && p.name().equals(n) && !out.contains(p)) out.add(p);
        }
        out.sort(java.util.Comparator.comparingLong(p -> firstSeen.get(key(p.name()))));
        return out;
    }

    /** The last person named before {@code offset} and at or after {@code from}, other than {@code except}. */
    String lastNamedBefore(int from, int offset, String except) {
        if (!complete) {
            // read back from the offset: the nearest name is usually a sentence or two away
            int read = 0;
            for (int i = sentences.size() - 1; i >= 0; i--) {
                Sentence s = sentences.get(i);
                if (s.start() >= offset) continue;
                if (s.end() <= from) return null;
                if (++read > BACKWARD_LIMIT) break;
                List<NameChunk> chunks = chunker.chunks(s.tokens());
                for (int k = chunks.size() - 1; k >= 0; k--) {
                    NameChunk c = chunks.get(k);
                    if (c.start() < from || c.end() > offset) continue;
                    Person p = find(c.text());
                    if (p != null && !p.name().equals(except)) return p.name();
                }
            }
            if (read <= BACKWARD_LIMIT) return null; // read back to the first sentence: nobody named

        }
        complete();
        String found = null;
        for (int i = 0; i < personSpans.size(); i++) {
            int[] sp = personSpans.get(i);
            if (sp[0] >= from && sp[1] <= offset && !personAt.get(i).equals(except)) found = personAt.get(i);
        }
        return found;
    }

    /** The first person named at or after {@code offset}, before {@code limit}. */
    String firstNamedAfter(int offset, int limit) {
        complete();
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
