package io.newsgraph.quotes;

import io.newsgraph.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds who a cue verb is attributed to by reading the noun phrase around it: to the left for
 * "X said", to the right for "…, said X". Works on UD part-of-speech tags, so it needs no parser; commas
 * are read as clause and apposition borders ("The secretary-general of X, Jane Roe, said").
 */
final class SubjectFinder {

    /** What was found left of a cue. */
    record Left(Mention mention, boolean inherits, boolean negated, boolean subordinate, boolean relative) {
        static final Left NONE = new Left(null, false, false, false, false);

        static Left inherited() {
            return new Left(null, true, false, false, false);
        }
    }

    /** Auxiliaries by their words: the tagger sometimes misses them ("has/PRON repeatedly said"). */
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "can", "may",
            "might", "should", "must", "did", "does", "do", "shall", "'s", "’s", "'ve", "’ve", "'d", "’d");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NP_ADPS = Set.of("of", "in", "from", "at", "for", "with", "on", "to");
    private static final Set<String> RELATIVES = Set.of("who", "which");
    private static final Set<String> NP_PUNCT = Set.of("-", "(", ")", "[", "]", "'s", "’s", "'", "’", ".", "&");
    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "although", "though", "because", "as",
            "while", "after", "before", "since", "once", "unless", "whether", "where");

    private final String body;

    SubjectFinder(String body) {
        this.body = body;
    }

    Left left(List<Token> t, int cue) {
        int j = cue - 1;
        while (j >= 0 && (t.get(j).tag().equals("ADV") && !SpeakerWords.TITLES.contains(t.get(j).lower())
                || t.get(j).tag().startsWith("AUX") || AUXILIARIES.contains(t.get(j).lower())
                || NEGATIONS.contains(t.get(j).lower()))) {
            if (NEGATIONS.contains(t.get(j).lower())) return new Left(null, false, true, false, false);
            j--;
        }
        if (j < 0) return Left.NONE;
        Token prev = t.get(j);
        String w = prev.lower();
        if (prev.tag().equals("CCONJ") || w.equals("by")) return Left.inherited();
        if (w.equals(",")) return new Left(clauseSubject(t, j), false, false, false, false);
        int rel = relativeBefore(t, j);
        if (rel >= 0) {
            int k = rel - 1;
            if (k >= 0 && t.get(k).text().equals(",")) k--;
            return new Left(nounPhraseLeft(t, k), false, false, false, true);
        }
        Mention np = nounPhraseLeft(t, j);
        if (np == null) return Left.NONE;
        int before = t.indexOf(np.tokens().get(0)) - 1;
        boolean sub = before >= 0 && SUBORDINATORS.contains(t.get(before).lower());
        return new Left(np, false, false, sub, false);
    }

    /** "…, said Sen. Jane Roe, D-Calif." — the noun phrase right after the cue, up to a comma or the end. */
    Mention right(List<Token> t, int afterCue) {
        int k = afterCue;
        int last = t.size() - 1;
        while (k < t.size() && (isNounPhraseToken(t, k, last) || t.get(k).tag().equals("PRON") && k == afterCue)) {
            if (t.get(k).tag().equals("PRON") && k == afterCue) {
                k++;
                break;
            }
            k++;
        }
        int end = k - 1;
        while (end >= afterCue && t.get(end).tag().equals("PUNCT")) end--;
        return end < afterCue ? null : Mention.of(body, t, afterCue, end);
    }

    /** "Khamenei, who already a decade ago ordered": the relative pronoun within a few tokens. */
    private static int relativeBefore(List<Token> t, int j) {
        for (int k = j; k >= Math.max(0, j - 6); k--) {
            Token x = t.get(k);
            if (RELATIVES.contains(x.lower())) return k;
            if (x.isVerb() || x.text().equals(",")) return -1;
        }
        return -1;
    }

    Mention nounPhraseLeft(List<Token> t, int j) {
        if (j < 0) return null;
        if (t.get(j).tag().equals("PRON")) {
            return isPersonalPronoun(t.get(j)) ? Mention.of(body, t, j, j) : null;
        }
        int k = j;
        while (k >= 0 && isNounPhraseToken(t, k, j)) k--;
        int first = k + 1;
        // a noun phrase starts with a word, not with a preposition or bracket left over from the clause before
        while (first <= j && (t.get(first).tag().equals("ADP") || t.get(first).tag().equals("PUNCT")
                && !t.get(first).text().equals("[") && !t.get(first).text().equals("("))) {
            first++;
        }
        if (first > j) return null;
        boolean hasNoun = false;
        for (int i = first; i <= j; i++) hasNoun |= t.get(i).isNoun() || t.get(i).isCapitalized();
        return hasNoun ? Mention.of(body, t, first, j) : null;
    }

    private static boolean isNounPhraseToken(List<Token> t, int k, int head) {
        Token x = t.get(k);
        String tag = x.tag();
        if (isPossessive(x) || isAcronym(x) || SpeakerWords.TITLES.contains(x.lower())) return true;
        if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM")) return true;
        if (tag.equals("DET")) return true;
        if (tag.equals("PRON")) return x.lower().matches("his|her|its|their|our|my|your");
        if (tag.equals("PART")) return x.lower().endsWith("s") && (x.text().startsWith("'") || x.text().startsWith("’"));
        if (tag.equals("PUNCT")) return NP_PUNCT.contains(x.text()) || x.text().equals("'s");
        if (tag.equals("ADP") || tag.equals("PART") && x.lower().equals("to")) {
            // "the correspondent in Gaza", "people familiar with the talks": a preposition inside the phrase
            Token before = k > 0 ? t.get(k - 1) : null;
            return NP_ADPS.contains(x.lower()) && before != null && k < head && (before.isNoun()
                    || before.tag().equals("ADJ") || before.text().equals("]") || before.text().equals(")"));
        }
        // capitalised words the tagger takes for verbs inside names ("Sayyed Ali")
        return x.isCapitalized() && k < head && t.get(k + 1).isProperNoun() && !x.lower().equals("i");
    }

    /**
     * The subject when the verb follows a comma: the first comma-delimited chunk of the clause that is a noun
     * phrase, skipping introductory and relative chunks ("In his letter,", ", who …,"); a following name in
     * apposition is kept with it ("The secretary-general of X, Jane Roe,").
     */
    private Mention clauseSubject(List<Token> t, int comma) {
        int chunkStart = 0;
        for (int i = comma - 1; i >= 0; i--) {
            String x = t.get(i).text();
            if (x.equals("“") || x.equals("”") || x.equals("\"") || x.equals(";")) {
                chunkStart = i + 1;
                break;
            }
        }
        int s = chunkStart;
        while (s < comma) {
            int e = s;
            while (e < comma && !t.get(e).text().equals(",")) e++;
            while (s < e && t.get(s).tag().equals("ADV")) s++;
            if (e > s && isNounPhrase(t, s, e - 1)) {
                int last = e - 1;
                if (e < comma) {
                    int e2 = e + 1;
                    while (e2 < comma && !t.get(e2).text().equals(",")) e2++;
                    if (e2 > e + 1 && isName(t, e + 1, e2 - 1)) last = e2 - 1;
                }
                return Mention.of(body, t, s, last);
            }
            s = e + 1;
        }
        return null;
    }

    private static boolean isNounPhrase(List<Token> t, int from, int to) {
        Token first = t.get(from);
        String w = first.lower();
        if (first.tag().equals("ADP") || first.tag().equals("SCONJ") || first.tag().equals("ADV")
                || RELATIVES.contains(w) || w.endsWith("ing") || SUBORDINATORS.contains(w)) {
            return false;
        }
        if (to == from && first.tag().equals("PRON")) return isPersonalPronoun(first);
        boolean noun = false;
        for (int i = from; i <= to; i++) {
            if (!isNounPhraseToken(t, i, to) && !t.get(i).tag().equals("PROPN")) return false;
            noun |= t.get(i).isNoun();
        }
        return noun;
    }

    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

    private static boolean isName(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) b.append(t.get(i).text());
        if (PARTY_TAG.matcher(b).matches()) return false;
        for (int i = from; i <= to; i++) {
            Token x = t.get(i);
            if (!(x.isProperNoun() || x.text().equals("-") || x.isCapitalized() || x.lower().equals("al"))) return false;
        }
        return true;
    }

    /** "Mayadeen's": the tokenizer keeps a possessive on its word, and the tagger may call it punctuation. */
    private static boolean isPossessive(Token x) {
        String w = x.text();
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")) && Character.isLetter(w.codePointAt(0));
    }

    private static boolean isAcronym(Token x) {
        String w = x.text();
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && Character.isLetter(w.charAt(0));
    }

    static boolean isPersonalPronoun(Token t) {
        return t.lower().matches("he|she|they|it|we|i");
    }
}
