package io.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds proper-name chunks in a tagged sentence: runs of proper nouns, with the lower-case particles and
 * hyphens that join Arabic, Dutch, Spanish or French names ("al-Nakhalah", "bin Salman", "van der Berg")
 * and capitalised adjectives or nouns inside a run ("Palestinian Islamic Jihad"). This is the speaker
 * finder's name method: rules over part-of-speech runs, good enough to tell a name from a description
 * and to key partial names; deciding person versus organisation is left to the caller, which has cue
 * words and titles. Stateless and thread-safe.
 */
public final class NameChunker {

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "da", "del",
            "della", "der", "den", "van", "von", "la", "le", "di", "du", "dos", "das", "ben", "st.");

    /** The name particles as runs of letters ("st" for "st."), lower case: for tests on raw text. */
    public static final Set<String> PARTICLE_WORDS = PARTICLES.stream().map(p -> p.replace(".", ""))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public List<NameChunk> chunks(List<Token> tokens) {
        List<NameChunk> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                if (isNamePart(t) && adjacent(tokens.get(j - 1), t, true)) {
                    last = j;
                    j++;
                } else if (isJoiner(t) && j + 1 < tokens.size() && isNamePart(tokens.get(j + 1))
                        && adjacent(tokens.get(j - 1), t, false)) {
                    j++;
                } else {
                    break;
                }
            }
            // a run must hold at least one proper noun: "The" or "Palestinian" alone is no name
            boolean proper = false;
            for (int k = i; k <= last; k++) proper |= tokens.get(k).isProperNoun();
            if (proper) {
                Token a = tokens.get(i);
                Token b = tokens.get(last);
                out.add(new NameChunk(i, last, a.start(), b.end(), join(tokens, i, last)));
            }
            i = last + 1;
        }
        return out;
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (isParticle(t) && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")) return true;
        // a capital that opens the sentence proves nothing: "Yesterday Omar …" starts with a common word
        return isCapitalWord(t) && (t.isProperNoun() || (i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()
                && isCapitalWord(tokens.get(i + 1))));
    }

    private static boolean isNamePart(Token t) {
        return isCapitalWord(t) && (t.isProperNoun() || t.tag().equals("ADJ") || t.tag().equals("NOUN"))
                || isParticle(t);
    }

    private static boolean isCapitalWord(Token t) {
        return t.isCapitalized() && Character.isLetter(t.text().codePointAt(0)) && !t.tag().equals("DET")
                && !t.tag().equals("PRON") && !t.tag().equals("ADP");
    }

    private static boolean isParticle(Token t) {
        return PARTICLES.contains(t.lower());
    }

    private static boolean isJoiner(Token t) {
        return t.text().equals("-");
    }

    /** Hyphen joins only when written without spaces ("al-Nakhalah", not "Gaza - Reuters"). */
    private static boolean adjacent(Token before, Token t, boolean spaceAllowed) {
        return spaceAllowed || before.end() == t.start();
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder(tokens.get(from).text());
        for (int k = from + 1; k <= to; k++) {
            if (tokens.get(k).start() > tokens.get(k - 1).end()) b.append(' ');
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
