package io.newsgraph.quotes;

import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the reporting frames of one sentence: cue verbs with their subject and content
 * ("X said that …", "X praised …", "…, noting that …", "…, he said.", "according to X, …", "X added: …").
 * The content of a frame ends where the next frame of the sentence begins, so "He stated that A, noting
 * that B" gives two frames; a colon excerpt runs to the end of its paragraph.
 */
final class FrameFinder {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    private static final Set<String> CLAUSE_WITHOUT_THAT = Set.of("say", "add", "note", "warn", "explain", "argue",
            "insist", "claim", "state", "write", "stress", "emphasize", "affirm", "confirm", "go on to say");

    private static final Set<String> SPEECH_NOUNS = Set.of("claim", "claims", "assertion", "assertions", "warning",
            "allegation", "allegations", "insistence", "argument", "statement", "announcement", "pledge", "promise",
            "contention", "admission", "prediction", "accusation", "vow");

    /** Phrases one of which every frame holds, apart from cue forms: "according to", "claim that". */
    private static final Set<String> NON_CUE_TRIGGERS;
    /** The first words of those phrases and of the cue forms, to pass over all other runs at once. */
    private static final Set<String> TRIGGER_FIRST_WORDS;

    static {
        Set<String> phrases = new HashSet<>();
        phrases.add("according to");
        for (String noun : SPEECH_NOUNS) phrases.add(noun + " that");
        NON_CUE_TRIGGERS = Set.copyOf(phrases);
        Set<String> first = new HashSet<>();
        for (String p : phrases) first.add(p.split(" ", 2)[0]);
        for (String p : CueLexicon.forms()) first.add(p.split(" ", 2)[0]);
        TRIGGER_FIRST_WORDS = Set.copyOf(first);
    }

    private final String body;
    private final SubjectFinder subjects;

    FrameFinder(String body) {
        this.body = body;
        this.subjects = new SubjectFinder(body);
    }

    /** Frames of {@code s}; {@code paragraphEnd} bounds colon excerpts; cues inside {@code quoted} are skipped. */
    List<Frame> find(Sentence s, int paragraphEnd, List<Quotation> quoted) {
        // most sentences report nothing: skip them before they are tokenised and tagged
        if (!mayHoldFrame(s.text())) return List.of();
        List<Token> t = s.tokens();
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (insideQuote(t.get(i).start(), quoted)) continue;
            if (t.get(i).lower().equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
                Frame f = according(s, i);
                if (f != null) frames.add(f);
                i++;
                continue;
            }
            Frame nominal = nominal(s, i);
            if (nominal != null) {
                frames.add(nominal);
                continue;
            }
            int len = cueLength(t, i);
            if (len == 0) continue;
            Frame f = frame(s, i, i + len - 1, paragraphEnd);
            if (f != null) frames.add(f);
            i += len - 1;
        }
        return cutAtNextFrame(frames, s);
    }

    /**
     * Whether {@code text} may hold a frame, from its runs of letters alone: a cue form, "according to" or a
     * speech noun with "that", written as consecutive runs. A cue form written with a capital counts only as
     * the first run, since {@link #looksLikeVerb} rejects a capitalised cue after the first token.
     */
    static boolean mayHoldFrame(String text) {
        List<String> runs = LetterRuns.runs(text);
        for (int i = 0; i < runs.size(); i++) {
            if (!TRIGGER_FIRST_WORDS.contains(runs.get(i).toLowerCase(java.util.Locale.ROOT))) continue;
            StringBuilder phrase = new StringBuilder();
            for (int len = 1; len <= 4 && i + len <= runs.size(); len++) {
                if (len > 1) phrase.append(' ');
                phrase.append(runs.get(i + len - 1).toLowerCase(java.util.Locale.ROOT));
                String p = phrase.toString();
                if (NON_CUE_TRIGGERS.contains(p)) return true;
                if (CueLexicon.forms().contains(p) && (i == 0 || !Character.isUpperCase(runs.get(i).charAt(0)))) return true;
            }
        }
        return false;
    }

    /** Number of tokens of the cue starting at {@code i} (longest match), or 0. */
    private static int cueLength(List<Token> t, int i) {
        String first = t.get(i).lower();
        if (!TRIGGER_FIRST_WORDS.contains(first)) return 0; // most tokens: no cue starts with them
        for (int len = Math.min(4, t.size() - i); len >= 1; len--) {
            StringBuilder b = new StringBuilder(first);
            for (int k = 1; k < len; k++) b.append(' ').append(t.get(i + k).lower());
            if (CueLexicon.lemma(b.toString()) != null && looksLikeVerb(t, i)) return len;
        }
        return 0;
    }

    private static boolean looksLikeVerb(List<Token> t, int i) {
        Token w = t.get(i);
        if (w.isCapitalized() && i > 0) return false; // "Said", "Call" inside names and headlines
        if (i == 0) return w.isVerb();
        Token prev = t.get(i - 1);
        String p = prev.tag();
        if (p.equals("DET") || p.equals("ADJ") || p.equals("NUM")) return false; // "the claim", "a report"
        if (p.equals("PRON") && prev.lower().matches("his|her|its|their|our|my|your")) return false;
        return w.isVerb() || w.lower().endsWith("ed") || w.lower().equals("said") || w.lower().equals("says")
                || w.lower().endsWith("ing");
    }

    private Frame frame(Sentence s, int cue, int cueLast, int paragraphEnd) {
        List<Token> t = s.tokens();
        String form = body.substring(t.get(cue).start(), t.get(cueLast).end());
        String lemma = CueLexicon.lemma(form.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
        if (isPassive(t, cue) && !CueLexicon.isParticiple(form)) return null;
        int prev = previousNonAdverb(t, cue);
        boolean participle = CueLexicon.isParticiple(form);
        SubjectFinder.Left left;
        if (participle && (prev < 0 || isCommaOrCloseQuote(t.get(prev)) || t.get(prev).lower().equals("by"))) {
            left = SubjectFinder.Left.inherited();
        } else {
            left = subjects.left(t, cue);
        }
        if (left.negated()) return null;
        Mention subject = left.mention();
        if ("call".equals(lemma) && subject != null && subject.tokens().get(0).lower().matches("a|an")) {
            return null; // "a militia called the X Brigade" names something; it reports no speech
        }
        int regionStart = subject != null ? subject.start() : prev >= 0 ? t.get(prev).start() : t.get(cue).start();
        boolean rightSubject = false;
        if (subject == null && !left.inherits()) {
            // "…,” said Jane Roe" / "…, said the spokesman."
            if (prev >= 0 && isCommaOrCloseQuote(t.get(prev)) && cueLast + 1 < t.size() && CLAUSE_WITHOUT_THAT.contains(lemma)) {
                subject = subjects.right(t, cueLast + 1);
                rightSubject = subject != null;
            }
            if (subject == null) return null;
            regionStart = t.get(prev).start();
        }
        int[] content = rightSubject ? null : contentAfter(t, cueLast, lemma);
        Frame.Style style;
        int contentStart;
        int contentEnd = s.end();
        if (content != null) {
            style = Frame.Style.values()[content[1]];
            contentStart = content[0];
            if (style == Frame.Style.COLON) contentEnd = paragraphEnd;
        } else if (isInverted(t, cue, cueLast, subject, rightSubject)) {
            style = Frame.Style.INVERTED;
            contentStart = s.start();
            int afterCue = rightSubject ? indexAfter(t, subject.end()) : cueLast + 1;
            boolean atEnd = afterCue >= t.size() || t.get(afterCue).text().matches("[.!?]");
            contentEnd = atEnd ? regionStart : s.end();
        } else {
            return null;
        }
        if (left.subordinate() && style != Frame.Style.COLON) {
            int comma = body.indexOf(',', contentStart);
            if (comma > 0 && comma < contentEnd) contentEnd = comma;
        }
        return new Frame(form, t.get(cue).start(), t.get(cueLast).end(), subject, left.inherits() && subject == null,
                regionStart, contentStart, contentEnd, style, left.relative());
    }

    /**
     * Where the content after a cue begins and how it attaches: a "that" or a colon within a few words
     * ("explained in a televised speech that"), a quotation, a bare clause after "say"-like verbs, or the
     * object of an object-taking cue. Returns {offset, style ordinal} or null.
     */
    private int[] contentAfter(List<Token> t, int cueLast, String lemma) {
        int n = t.size();
        for (int k = cueLast + 1; k < Math.min(n, cueLast + 12); k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (w.equals("that") && CueLexicon.takesClause(lemma) && !lemma.equals("ask")) {
                return k + 1 < n ? new int[] {t.get(k + 1).start(), Frame.Style.CLAUSE.ordinal()} : null;
            }
            if (w.equals(":")) {
                return k + 1 < n ? new int[] {t.get(k + 1).start(), Frame.Style.COLON.ordinal()} : null;
            }
            if (isOpenQuote(x) && CueLexicon.takesClause(lemma)) {
                return new int[] {x.start(), Frame.Style.QUOTE.ordinal()};
            }
            boolean modifier = k > 0 && (t.get(k - 1).tag().equals("DET") || t.get(k - 1).tag().equals("ADJ"));
            if (x.isVerb() && !modifier || w.matches("[.!?;]") || isOpenQuote(x)) break;
        }
        if (cueLast + 1 >= n) return null;
        Token next = t.get(cueLast + 1);
        if (next.tag().equals("PUNCT") && !next.text().equals("[")) return null;
        if (CLAUSE_WITHOUT_THAT.contains(lemma) && startsClause(t, cueLast + 1)) {
            return new int[] {next.start(), Frame.Style.CLAUSE.ordinal()};
        }
        if (CueLexicon.takesObject(lemma)) {
            if (CueLexicon.needsInfinitive(lemma) && !hasInfinitive(t, cueLast + 1)) return null;
            return new int[] {next.start(), Frame.Style.OBJECT.ordinal()};
        }
        return null;
    }

    /** "said the bill would pass": a subject-like word followed, within a few words, by a finite verb. */
    private static boolean startsClause(List<Token> t, int k) {
        String tag = t.get(k).tag();
        if (!(tag.equals("PRON") || tag.equals("DET") || tag.equals("PROPN") || tag.equals("NOUN"))) return false;
        if (t.get(k).lower().matches("him|her|them|us|me|reporters")) return false;
        for (int i = k + 1; i < Math.min(t.size(), k + 8); i++) {
            boolean infinitive = t.get(i - 1).lower().equals("to");
            if (!infinitive && (t.get(i).tag().equals("AUX") || t.get(i).isVerb() && !t.get(i).lower().endsWith("ing"))) {
                return true;
            }
            if (t.get(i).text().equals(",") || t.get(i).tag().equals("ADP")) return false;
        }
        return false;
    }

    private static boolean hasInfinitive(List<Token> t, int k) {
        for (int i = k; i < Math.min(t.size(), k + 12); i++) {
            if (t.get(i).lower().equals("to") || t.get(i).lower().equals("as")) return true;
        }
        return false;
    }

    /** "…, he said." or "This move, he explained, had …" or "“…,” said Jane Roe." */
    private boolean isInverted(List<Token> t, int cue, int cueLast, Mention subject, boolean rightSubject) {
        if (rightSubject) return true;
        if (subject == null) return false; // a participle with nothing after it: no content either side
        int first = t.indexOf(subject.tokens().get(0));
        if (first < 0) return false;
        // "“Why now?” Roe asked." — the sentence model ends the quoted question, so look before the sentence
        boolean afterQuote = first == 0 && closesQuoteBefore(t.get(0).start());
        if (first == 0 && !afterQuote || first > 0 && !isCommaOrCloseQuote(t.get(first - 1))) return false;
        // "…,” Smith told reporters on Capitol Hill." — what follows the cue is no clause of its own
        for (int k = cueLast + 1; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.text().matches("[.,!?;]")) return true;
            if (x.isVerb() || x.lower().equals("that") || isOpenQuote(x)) return false;
        }
        return true;
    }

    /**
     * "Roe's claim that …", "his warning that …", "the Russian assertion that …": a speech noun with its owner
     * and a that-clause. Attached as an object frame, so a reporting verb later in the sentence stays a
     * statement of its own ("Addressing the X claim that …, Roe said that …").
     */
    private Frame nominal(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i == 0 || i + 2 >= t.size() || !SPEECH_NOUNS.contains(t.get(i).lower()) || !t.get(i + 1).lower().equals("that")) {
            return null;
        }
        Token owner = t.get(i - 1);
        String w = owner.text();
        Mention subject;
        if (w.endsWith("'s") || w.endsWith("’s")) {
            subject = subjects.nounPhraseLeft(t, i - 1);
        } else if (owner.lower().matches("his|her|their|its")) {
            subject = Mention.of(body, t, i - 1, i - 1);
        } else if (owner.tag().equals("ADJ") && owner.isCapitalized() && i >= 2 && t.get(i - 2).tag().equals("DET")) {
            subject = Mention.of(body, t, i - 1, i - 1);
        } else {
            return null;
        }
        if (subject == null) return null;
        return new Frame(t.get(i).text(), t.get(i).start(), t.get(i).end(), subject, false, subject.start(),
                t.get(i + 2).start(), s.end(), Frame.Style.OBJECT, false);
    }

    private Frame according(Sentence s, int i) {
        List<Token> t = s.tokens();
        Mention who = subjects.right(t, i + 2);
        if (who == null) return null;
        int after = indexAfter(t, who.end());
        String cue = body.substring(t.get(i).start(), t.get(i + 1).end());
        if (i == 0 || i == 1 && t.get(0).tag().equals("CCONJ")) {
            if (after >= t.size()) return null;
            int start = t.get(after).text().equals(",") && after + 1 < t.size() ? t.get(after + 1).start()
                    : t.get(after).start();
            return new Frame(cue, t.get(i).start(), t.get(i + 1).end(), who, false, t.get(i).start(), start, s.end(),
                    Frame.Style.ACCORDING, false);
        }
        int end = t.get(i - 1).text().equals(",") ? t.get(i - 1).start() : t.get(i).start();
        return new Frame(cue, t.get(i).start(), t.get(i + 1).end(), who, false, t.get(i).start(), s.start(), end,
                Frame.Style.ACCORDING, false);
    }

    /**
     * Each frame's content stops where the next frame of the sentence begins, or at ", but" (the writer's
     * clause); colon excerpts run on. A frame with its own subject inside another's that-clause ("said
     * that its fighters confirmed that …") is part of that content, not a statement of its own, unless it is
     * a relative clause ("…, who said").
     */
    private List<Frame> cutAtNextFrame(List<Frame> frames, Sentence s) {
        List<Frame> kept = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            boolean inside = false;
            for (Frame outer : kept) {
                inside |= outer.style() == Frame.Style.CLAUSE && !f.inherits() && !f.embedded()
                        && f.regionStart() > outer.contentStart() && f.regionStart() < outer.contentEnd()
                        && !startsCoordinatedClause(f.regionStart());
            }
            if (!inside) kept.add(f);
        }
        frames = kept;
        List<Frame> out = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.style() == Frame.Style.CLAUSE || f.style() == Frame.Style.OBJECT) {
                int but = body.indexOf(", but ", f.contentStart());
                if (but > 0 && but < f.contentEnd() && newClauseAt(s, but + 6)) f = f.withContentEnd(but);
            }
            if (f.style() != Frame.Style.COLON && f.style() != Frame.Style.INVERTED && f.style() != Frame.Style.ACCORDING) {
                for (int j = i + 1; j < frames.size(); j++) {
                    if (frames.get(j).embedded()) continue;
                    int next = frames.get(j).regionStart();
                    if (next > f.contentStart() && next < f.contentEnd()) {
                        f = f.withContentEnd(next);
                        break;
                    }
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * "…, but Congress has not acted": a subject and a finite verb of their own. "…, but currently on a small
     * scale" and "…, but that …" continue the reported content.
     */
    private static boolean newClauseAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        int k = s.tokenAtOrAfter(offset);
        if (k >= t.size()) return false;
        Token first = t.get(k);
        String tag = first.tag();
        if (first.lower().equals("that") || !(tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("DET")
                || tag.equals("PRON") || first.isCapitalized())) {
            return false;
        }
        for (int i = k + 1; i < t.size(); i++) if (t.get(i).isVerb()) return true;
        return false;
    }

    /** "…, and Roe said": a new clause after a conjunction or semicolon. */
    private boolean startsCoordinatedClause(int offset) {
        String before = body.substring(Math.max(0, offset - 6), offset);
        return before.matches("(?s).*(, and |, but |; |\\. )$");
    }

    private boolean closesQuoteBefore(int offset) {
        int k = offset - 1;
        while (k >= 0 && body.charAt(k) == ' ') k--;
        return k >= 0 && (body.charAt(k) == '”' || body.charAt(k) == '"');
    }

    private static boolean isPassive(List<Token> t, int cue) {
        int k = cue - 1;
        while (k >= 0 && t.get(k).tag().equals("ADV")) k--;
        return k >= 0 && BE.contains(t.get(k).lower()) && t.get(k).tag().equals("AUX");
    }

    private static int previousNonAdverb(List<Token> t, int cue) {
        int k = cue - 1;
        while (k >= 0 && (t.get(k).tag().equals("ADV") || t.get(k).tag().startsWith("AUX")
                || SubjectFinder.AUXILIARIES.contains(t.get(k).lower()))) {
            k--;
        }
        return k;
    }

    private static int indexAfter(List<Token> t, int offset) {
        for (int k = 0; k < t.size(); k++) if (t.get(k).start() >= offset) return k;
        return t.size();
    }

    /** The tokenizer may keep a comma and a closing mark together (",\""). */
    private static boolean isCommaOrCloseQuote(Token x) {
        return x.text().matches("[,”\"]+");
    }

    private static boolean isOpenQuote(Token x) {
        return x.text().equals("“") || x.text().equals("\"") || x.text().equals(",\"") || x.text().equals(",“");
    }

    private static boolean insideQuote(int offset, List<Quotation> quoted) {
        for (Quotation q : quoted) if (offset >= q.start() && offset < q.end()) return true;
        return false;
    }
}
