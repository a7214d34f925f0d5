package io.newsgraph.quotes;

import io.newsgraph.nlp.NameChunk;
import io.newsgraph.nlp.NameChunker;
import io.newsgraph.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves speakers as written to the names used for them in one article. Fed the statements in reading
 * order, it keeps what coreference needs: the last person who spoke (for "he"), how often each person
 * spoke (for a bare role, "the chief"), the last organisation (for "it") and the last reporter mentioned
 * (for "our correspondent"). One instance serves one article and is then dropped; it is not thread-safe.
 */
final class SpeakerResolver {

    private static final Set<String> DOCUMENTS = Set.of("statement", "release", "post", "tweet", "letter",
            "memo", "filing", "report", "email", "message");

    private final ArticleNames names;
    private final NameChunker chunker;
    private final String outlet;
    private final Map<String, Integer> spoke = new HashMap<>();
    /** People who spoke, most recent last; with the gender a pronoun or an honorific gave them. */
    private final List<String> speakers = new ArrayList<>();
    private final Map<String, Character> gender = new HashMap<>();
    private String lastPerson;
    private String lastOrganization;
    private String lastCorrespondent;

    SpeakerResolver(ArticleNames names, NameChunker chunker, String outlet) {
        this.names = names;
        this.chunker = chunker;
        this.outlet = outlet;
    }

    /**
     * Resolves {@code m}. {@code relay} is who relays the statement (inside an answer or a letter) or null;
     * {@code scopeStart} is where that relaying text begins, to look for the person a pronoun points to.
     */
    Speaker resolve(Mention m, String relay, int scopeStart, boolean inLead) {
        List<Token> t = m.tokens();
        if (t.size() == 1 && SpeakerWords.PRONOUNS.contains(t.get(0).lower())) return pronoun(t.get(0), m, relay, scopeStart);
        // the owner of "Roe's claim" is Roe
        String text = m.text().strip().replaceFirst("['’]s$", "");
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            String apposed = text.substring(comma + 1).strip();
            Speaker named = apposed.matches("[DRI]-[A-Z][A-Za-z.]*") ? null : byName(apposed);
            if (named != null && Character.isUpperCase(apposed.codePointAt(0))) return named;
        }
        String first = t.get(0).lower().replace(".", "");
        if (first.matches("mr|mrs|ms|miss|sir|madam|king|queen|prince|princess")) {
            Speaker named = byName(text);
            if (named != null) gender.putIfAbsent(named.name(), first.matches("mr|sir|king|prince") ? 'm' : 'f');
        }
        int head = headIndex(t);
        Token h = t.get(head);
        if (DOCUMENTS.contains(h.lower()) && head + 2 < t.size() && t.get(head + 1).lower().matches("from|by|of")) {
            // "a statement from the governor's office": the document speaks for its author
            return resolve(new Mention(m.text().substring(t.get(head + 2).start() - m.start()), t.get(head + 2).start(),
                    m.end(), t.subList(head + 2, t.size())), relay, scopeStart, inLead);
        }
        String headWord = h.lower();
        String lastPart = headWord.contains("-") ? headWord.substring(headWord.lastIndexOf('-') + 1) : headWord;
        // a name's head is a proper noun: a capital alone may just open the sentence ("Critics said")
        boolean proper = h.isProperNoun() || h.text().length() > 1 && h.text().equals(h.text().toUpperCase(Locale.ROOT));
        if (h.isCapitalized() && (proper || head > 0) && !SpeakerWords.TITLES.contains(headWord) && !SpeakerWords.TITLES.contains(lastPart)
                && !SpeakerWords.MEDIA_ROLES.contains(headWord)) {
            Speaker named = nameAt(t, head, m.text());
            if (named != null) return named;
        }
        if (SpeakerWords.MEDIA_ROLES.contains(headWord)) return correspondent(t, text);
        if (SpeakerWords.TITLES.contains(headWord) || SpeakerWords.TITLES.contains(lastPart)) return role(t, text, headWord, inLead);
        if (SpeakerWords.ORG_WORDS.contains(headWord)) return organization(text);
        return Speaker.of(text, Statement.UNNAMED);
    }

    /** Counts a statement for its speaker, so later pronouns and roles can find them. */
    void spoke(Speaker s) {
        if (s.type().equals(Statement.PERSON) && !s.pending()) {
            lastPerson = s.name();
            spoke.merge(s.name(), 1, Integer::sum);
            speakers.remove(s.name());
            speakers.add(s.name());
        } else if (s.type().equals(Statement.ORGANIZATION)) {
            lastOrganization = s.name();
        }
    }

    /** The person who spoke most so far, the article's main speaker; null when no person spoke. */
    String mainPerson() {
        return spoke.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    Speaker byName(String name) {
        if (name.isEmpty() || !Character.isLetter(name.codePointAt(0))) return null;
        if (ArticleNames.isOrganization(name)) return organization(name);
        ArticleNames.Person p = names.find(name);
        if (p != null) return Speaker.of(p.name(), Statement.PERSON);
        String bare = ArticleNames.bareName(name);
        if (bare == null) return null;
        return Speaker.of(bare, Statement.PERSON);
    }

    private Speaker pronoun(Token p, Mention m, String relay, int scopeStart) {
        String w = p.lower();
        if (w.equals("it") || w.equals("its")) return lastOrganization != null ? Speaker.of(lastOrganization, Statement.ORGANIZATION)
                : Speaker.of(m.text(), Statement.UNNAMED);
        if (w.equals("they") || w.equals("them") || w.equals("their")) return Speaker.of(m.text(), Statement.UNNAMED);
        if (relay != null) {
            // inside someone's words, "he" is a third person: the last one they named
            String named = names.lastNamedBefore(scopeStart, m.start(), relay);
            if (named != null) return Speaker.of(named, Statement.PERSON);
        }
        // "she" skips back over the men who spoke last, "he" over the women, once a pronoun or title told
        char g = w.equals("she") || w.equals("her") ? 'f' : 'm';
        for (int i = speakers.size() - 1; i >= 0; i--) {
            String name = speakers.get(i);
            Character known = gender.get(name);
            if (known == null || known == g) {
                gender.put(name, g);
                return Speaker.of(name, Statement.PERSON);
            }
        }
        if (lastPerson != null) return Speaker.of(lastPerson, Statement.PERSON);
        String named = names.lastNamedBefore(0, m.start(), null);
        return named != null ? Speaker.of(named, Statement.PERSON) : Speaker.of(m.text(), Statement.UNNAMED);
    }

    /** The head of a phrase: the last word before its first post-modifier ("of", "in", "from", …). */
    private static int headIndex(List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.tag().equals("ADP") && !(x.lower().equals("of") && capitalOnBothSides(t, i))) return lastWord(t, i - 1);
        }
        return lastWord(t, t.size() - 1);
    }

    /** "Bank of America", "Department of State": "of" inside a name, not after a title word. */
    private static boolean capitalOnBothSides(List<Token> t, int i) {
        if (i + 1 >= t.size()) return false;
        Token before = t.get(i - 1);
        int k = i + 1;
        if (t.get(k).lower().equals("the") && k + 1 < t.size()) k++;
        return before.isCapitalized() && t.get(k).isCapitalized() && !SpeakerWords.TITLES.contains(before.lower())
                && !SpeakerWords.TITLES.contains(lastHyphenPart(before.lower()));
    }

    private static String lastHyphenPart(String w) {
        return w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
    }

    private static int lastWord(List<Token> t, int i) {
        while (i > 0 && (t.get(i).tag().equals("PUNCT") || t.get(i).tag().equals("PART"))) i--;
        // "Secretary-General" is three tokens; the head is the whole hyphenated word's last part
        return i;
    }

    private Speaker nameAt(List<Token> t, int head, String text) {
        for (NameChunk c : chunker.chunks(t)) {
            if (c.firstToken() <= head && head <= c.lastToken()) {
                int from = c.firstToken();
                // "The X's (X) Y Brigades": a possessive before the chunk belongs to the owner, not the name
                String name = text.substring(t.get(from).start() - t.get(0).start(), t.get(c.lastToken()).end() - t.get(0).start());
                return byName(name.replaceFirst("['’]s$", ""));
            }
        }
        return byName(text.replaceFirst("^(?i)the\\s+", "").replaceFirst("['’]s$", ""));
    }

    private Speaker correspondent(List<Token> t, String text) {
        String first = t.get(0).lower();
        if (first.equals("our") || first.equals("this") || first.equals("the")) {
            if (lastCorrespondent != null) return Speaker.of(lastCorrespondent, Statement.OUTLET);
            if (outlet != null && !outlet.isBlank()) return Speaker.of(outlet + "'s " + t.get(t.size() - 1).text(), Statement.OUTLET);
        }
        lastCorrespondent = text;
        return Speaker.of(text, Statement.OUTLET);
    }

    private Speaker role(List<Token> t, String text, String headWord, boolean inLead) {
        String first = t.get(0).lower();
        boolean indefinite = first.equals("a") || first.equals("an") || first.equals("one");
        boolean plural = headWord.endsWith("s") && !headWord.endsWith("ss");
        if (plural || SpeakerWords.ANONYMOUS.contains(headWord)) return Speaker.of(text, Statement.UNNAMED);
        if (indefinite) {
            // a lead may hold the name back for a line: "A senior official said …" then "Jane Roe, …, said"
            return inLead && lastPerson == null ? new Speaker(text, Statement.PERSON, true) : Speaker.of(text, Statement.UNNAMED);
        }
        Set<String> words = new HashSet<>();
        Set<String> qualifiers = new HashSet<>();
        for (Token x : t) {
            for (String w : x.lower().split("-")) {
                if (w.length() > 1 && ArticleNames.isContentWord(x)) words.add(w);
                // "The X chief": a capitalised qualifier that is no title must be among the person's title words
                if (w.length() > 1 && x.isCapitalized() && !x.tag().equals("DET") && !SpeakerWords.TITLES.contains(w)
                        && !SpeakerWords.HONORIFICS.contains(w)) {
                    qualifiers.add(w);
                }
            }
        }
        // a role refers back to someone who already spoke, else to anyone named with that title
        String best = boundTo(words, qualifiers, true);
        if (best == null) best = boundTo(words, qualifiers, false);
        if (best != null) return Speaker.of(best, Statement.PERSON);
        String main = mainPerson();
        if (main != null) return Speaker.of(main, Statement.PERSON);
        if (lastPerson != null) return Speaker.of(lastPerson, Statement.PERSON);
        return Speaker.of(text, Statement.UNNAMED);
    }

    /** The person whose title words share most with the role's words; ties go to who spoke more. */
    private String boundTo(Set<String> words, Set<String> qualifiers, boolean speakersOnly) {
        String best = null;
        int bestScore = 0;
        int bestSpoke = -1;
        for (ArticleNames.Person p : speakersOnly ? names.peopleNamed(spoke.keySet()) : names.people()) {
            if (!p.titleWords().containsAll(qualifiers)) continue;
            int score = 0;
            for (String w : words) if (p.titleWords().contains(w)) score++;
            int s = spoke.getOrDefault(p.name(), 0);
            if (score > bestScore || score == bestScore && score > 0 && s > bestSpoke) {
                best = p.name();
                bestScore = score;
                bestSpoke = s;
            }
        }
        return best;
    }

    private Speaker organization(String text) {
        String name = text.replaceFirst("^(?i)the\\s+", "");
        lastOrganization = name;
        return Speaker.of(name, Statement.ORGANIZATION);
    }
}
