package io.newsgraph.entities;

import io.newsgraph.nlp.NameChunk;
import io.newsgraph.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a name chunk into the names inside it and types each from its own words: role titles separate
 * names ("PIJ Secretary-General Ziad al-Nakhalah" is the organization "PIJ" and the person "Ziad
 * al-Nakhalah"), an organization head word ends an organization ("... Jihad Movement Ziyad ..."), and a
 * courtesy honorific stays with the name it introduces ("Sayyed Ali Khamenei"). Stateless.
 */
final class ChunkSplitter {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "throughout", "inside",
            "outside");

    private static final java.util.regex.Pattern ATTACHED_PARTICLE =
            java.util.regex.Pattern.compile("(?i:al|el|bin|ibn|abu|abou)?-\\p{Lu}[\\p{L}'’]+");

    private ChunkSplitter() {}

    static List<Piece> split(String text, List<Token> tokens, NameChunk chunk) {
        List<Piece> out = new ArrayList<>();
        int from = chunk.firstToken();
        int lastToken = chunk.lastToken();
        // the tokenizer sometimes keeps "al-Haddad" whole, or cuts "al" + "-Haddad", and the tagger then calls
        // the rest no proper noun, which ends the chunk before the surname
        while (lastToken + 1 < tokens.size() && tokens.get(lastToken + 1).start() <= tokens.get(lastToken).end() + 1
                && ATTACHED_PARTICLE.matcher(tokens.get(lastToken + 1).text()).matches()) lastToken++;
        // the chunker opens a run at its first proper noun; capitalised adjectives before it belong to the
        // name ("Palestinian Islamic Jihad")
        while (from > 0 && tokens.get(from - 1).isCapitalized() && tokens.get(from - 1).tag().startsWith("ADJ")) from--;
        boolean afterTitle = from > 0 && NameWords.TITLES.contains(tokens.get(from - 1).lower());
        int segStart = -1;
        for (int i = from; i <= lastToken; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            boolean last = i == lastToken;
            if (isTitle(w) && (!last || segStart >= 0)) {
                // the words before a title qualify it ("PIJ Secretary-General", "Hamas leader"): no person
                if (segStart >= 0) out.add(qualifier(piece(text, tokens, segStart, i - 1, afterTitle)));
                segStart = -1;
                afterTitle = true;
                continue;
            }
            if (endsOwner(t.text()) && i < lastToken && !namesOrganization(tokens, i + 1, lastToken)) {
                // "Mercurial's Python": the owner and what it owns are two names; "People's Liberation Army"
                // and "People's Republic" are one
                boolean alone = isPossessive(t.text());
                if (segStart < 0 && !alone) segStart = i;
                if (segStart >= 0) out.add(piece(text, tokens, segStart, alone ? i - 1 : i, afterTitle));
                segStart = -1;
                afterTitle = false;
                continue;
            }
            if (t.text().equals("-") && segStart < 0) continue;
            if (segStart < 0) segStart = i;
            if (NameWords.ORG_HEADS.contains(w) && !last && startsPerson(tokens, i + 1, lastToken)) {
                out.add(piece(text, tokens, segStart, i, afterTitle));
                segStart = -1;
                afterTitle = false;
            }
        }
        if (segStart >= 0) out.add(piece(text, tokens, segStart, lastToken, afterTitle));
        out.removeIf(p -> p == null);
        return out;
    }

    /** A possessive marker as a token of its own. */
    private static boolean isPossessive(String token) {
        return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
    }

    /** A possessive marker, alone or at the end of the owner's word ("Mercurial's"). */
    private static boolean endsOwner(String token) {
        return isPossessive(token) || token.endsWith("'s") || token.endsWith("’s");
    }

    private static boolean namesOrganization(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = tokens.get(k).lower();
            if (NameWords.ORG_HEADS.contains(w) || w.equals("republic")) return true;
        }
        return false;
    }

    private static Piece qualifier(Piece p) {
        if (p == null || p.type() != null) return p;
        return new Piece(p.text(), p.start(), p.end(), EntityType.ORG, p.words());
    }

    /** "Secretary-General" may come as one token or as "Secretary", "-", "General". */
    private static boolean isTitle(String w) {
        return NameWords.TITLES.contains(w) || (w.contains("-") && NameWords.TITLES.contains(w.substring(0, w.indexOf('-'))));
    }

    private static boolean startsPerson(List<Token> tokens, int i, int last) {
        return i <= last && (NameWords.HONORIFICS.contains(tokens.get(i).lower()) || isTitle(tokens.get(i).lower())
                || tokens.get(i).isProperNoun());
    }

    private static Piece piece(String text, List<Token> tokens, int a, int b, boolean afterTitle) {
        while (b >= a && (!hasLetter(tokens.get(b).text()) || NameWords.PARTICLES.contains(tokens.get(b).lower()))) b--;
        if (b < a) return null;
        int start = tokens.get(a).start();
        int end = tokens.get(b).end();
        String surface = text.substring(start, end);
        String trimmed = surface.replaceAll("[^\\p{L}\\p{N}]+$", "").replaceAll("['’]s?$", "");
        end -= surface.length() - trimmed.length();
        List<String> words = NameKeys.foldedWords(trimmed);
        int honorifics = 0;
        while (honorifics < words.size() && NameWords.HONORIFICS.contains(words.get(honorifics))) honorifics++;
        int identifying = 0;
        boolean demonymsOnly = true;
        boolean adjective = false;
        boolean titlesOnly = true;
        for (int k = honorifics; k < words.size(); k++) {
            String w = words.get(k);
            if (NameWords.NOT_NAMES.contains(w) || NameWords.EVENT_WORDS.contains(w)) return null;
            if (NameWords.PARTICLES.contains(w)) continue;
            identifying++;
            demonymsOnly &= NameWords.DEMONYMS.contains(w) || (w.endsWith("s") && NameWords.DEMONYMS.contains(w.substring(0, w.length() - 1)));
            titlesOnly &= NameWords.TITLES.contains(w);
        }
        for (int k = a; k <= b; k++) {
            Token t = tokens.get(k);
            adjective |= t.tag().startsWith("ADJ") || NameWords.DEMONYMS.contains(t.lower());
        }
        if (identifying == 0 || titlesOnly || (demonymsOnly && honorifics == 0)) return null;
        String lastWord = words.get(words.size() - 1);
        String folded = String.join(" ", words.subList(honorifics, words.size()));
        EntityType type = null;
        if (identifying == 1 && NameWords.ORG_HEADS.contains(lastWord) && words.size() == 1) return null;
        boolean acronymPlace = NameKeys.isAcronym(trimmed) && NameWords.PLACES.contains(NameKeys.acronymKey(trimmed).toLowerCase(Locale.ROOT));
        if (acronymPlace || NameWords.PLACES.contains(folded) || NameWords.PLACE_HEADS.contains(lastWord) && identifying > 1
                || NameWords.PLACE_PREFIXES.contains(words.get(honorifics)) && identifying > 1) {
            type = EntityType.LOC;
        } else if (NameWords.ORG_HEADS.contains(lastWord) || NameWords.ORG_HEAD_TRANSLATIONS.containsKey(words.get(0))) {
            type = EntityType.ORG;
        } else if (NameKeys.isAcronym(trimmed)) {
            type = EntityType.ORG;
        } else if (honorifics > 0) {
            type = EntityType.PERSON;
        } else if (adjective) {
            type = EntityType.ORG;
        } else if (identifying >= 2 || afterTitle) {
            type = EntityType.PERSON;
        } else if (a > 0 && PLACE_PREPOSITIONS.contains(tokens.get(a - 1).lower())) {
            type = EntityType.LOC;
        }
        return new Piece(trimmed, start, end, type, identifying);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
