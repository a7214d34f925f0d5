package io.newsgraph.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reporting verbs and the frames they take. A cue that {@link #takesClause} reports a proposition
 * ("said that …", "said, “…”", "added: …"); a cue that {@link #takesObject} reports an act of speech with a
 * noun phrase or an infinitive as its content ("praised the role of …", "called to continue …"). Verbs
 * that only name a topic ("discussed", "addressed") and verbs of thinking ("believe") are not cues.
 * "Ask" is a cue only for a quotation ("“Why now?” she asked"), since it takes no reported clause of its
 * own. Every inflected form maps to its lemma; the lists are plain English, written for news in general.
 */
final class CueLexicon {

    private static final Set<String> CLAUSE = Set.of("say", "state", "affirm", "stress", "note", "add", "warn",
            "explain", "reveal", "vow", "announce", "emphasize", "emphasise", "tell", "report", "confirm", "claim",
            "insist", "argue", "assert", "declare", "mention", "indicate", "highlight", "point out", "proclaim",
            "acknowledge", "admit", "predict", "promise", "pledge", "recall", "maintain", "contend", "allege",
            "complain", "observe", "remark", "concede", "testify", "reiterate", "clarify", "disclose", "write",
            "tweet", "reply", "respond", "answer", "suggest", "underline", "underscore", "charge", "go on to say",
            "express optimism", "express hope", "express confidence", "express concern", "make clear", "caution",
            "estimate", "boast", "ask");

    private static final Set<String> OBJECT = Set.of("reveal", "announce", "report", "highlight", "praise",
            "criticize", "criticise", "slam", "attack", "thank", "describe", "call", "acknowledge", "emphasize",
            "emphasise", "stress", "point out", "consider", "order", "urge", "condemn", "denounce", "welcome",
            "reject", "demand", "accuse", "blame", "hail", "commend", "deny", "dismiss", "threaten", "promise",
            "pledge", "vow", "warn", "call on", "call for");

    /** Cues that only count with an object when followed by a particular frame ("considered X to be Y"). */
    private static final Set<String> OBJECT_NEEDS_INFINITIVE = Set.of("consider", "order");

    private static final Map<String, String> FORMS = new HashMap<>();

    static {
        for (String lemma : CLAUSE) addForms(lemma);
        for (String lemma : OBJECT) addForms(lemma);
        irregular("say", "says", "said", "saying");
        irregular("tell", "tells", "told", "telling");
        irregular("write", "writes", "wrote", "writing", "written");
        irregular("make clear", "makes clear", "made clear", "making clear");
        irregular("go on to say", "goes on to say", "went on to say", "going on to say");
        irregular("slam", "slams", "slammed", "slamming");
        irregular("admit", "admits", "admitted", "admitting");
        irregular("underscore", "underscores", "underscored", "underscoring");
    }

    private CueLexicon() {
    }

    /** Every cue form, lower case, words separated by one space ("said", "pointed out"). */
    static Set<String> forms() {
        return java.util.Collections.unmodifiableSet(FORMS.keySet());
    }

    /** The lemma of a cue form ("stressed" → "stress", "pointing out" → "point out"), or null. */
    static String lemma(String form) {
        return FORMS.get(form.toLowerCase(Locale.ROOT));
    }

    static boolean takesClause(String lemma) {
        return CLAUSE.contains(lemma);
    }

    static boolean takesObject(String lemma) {
        return OBJECT.contains(lemma);
    }

    static boolean needsInfinitive(String lemma) {
        return OBJECT_NEEDS_INFINITIVE.contains(lemma);
    }

    /** "stating", "pointing out": the participle that attaches a statement to the clause before it. */
    static boolean isParticiple(String form) {
        String first = form.toLowerCase(Locale.ROOT).split(" ")[0];
        return first.endsWith("ing");
    }

    private static void addForms(String lemma) {
        String[] parts = lemma.split(" ", 2);
        String verb = parts[0];
        String rest = parts.length > 1 ? " " + parts[1] : "";
        FORMS.put(lemma, lemma);
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        String third = verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") ? verb + "es"
                : verb.endsWith("y") && !verb.endsWith("ay") ? stem(verb) + "ies" : verb + "s";
        String past = verb.endsWith("e") ? verb + "d"
                : verb.endsWith("y") && !verb.endsWith("ay") ? stem(verb) + "ied" : verb + "ed";
        String ing = verb.endsWith("e") && !verb.endsWith("ee") ? stem + "ing" : verb + "ing";
        FORMS.put(third + rest, lemma);
        FORMS.put(past + rest, lemma);
        FORMS.put(ing + rest, lemma);
    }

    private static String stem(String verb) {
        return verb.substring(0, verb.length() - 1);
    }

    private static void irregular(String lemma, String... forms) {
        for (String f : forms) FORMS.put(f, lemma);
    }
}
