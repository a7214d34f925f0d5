package io.newsgraph.quotes;

import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements in running prose, paragraph by paragraph: reporting frames give indirect statements; a
 * quotation inside a frame's content, or right before an inverted attribution ("“…,” she said"), gives a
 * direct one attributed to that frame's speaker; the second half of a split quote joins the first; a
 * paragraph that opens with a quotation and names nobody continues the previous speaker. Reads the
 * paragraphs in order and feeds the resolver as it goes; one instance serves one article.
 */
final class ProseStatements {

    private final String body;
    private final FrameFinder frames;
    private final SubjectFinder subjects;
    private final SpeakerResolver resolver;
    private final List<Quotation> quotations;
    private final boolean letterArticle;
    private Speaker lastDirect;
    private String lastDirectMention;

    ProseStatements(String body, SpeakerResolver resolver, List<Quotation> quotations, boolean letterArticle) {
        this.body = body;
        this.frames = new FrameFinder(body);
        this.subjects = new SubjectFinder(body);
        this.resolver = resolver;
        this.quotations = quotations;
        this.letterArticle = letterArticle;
    }

    /** A frame with its resolved speaker. */
    private record Attributed(Frame frame, Speaker speaker, String mention, String relay) {
    }

    void read(Paragraph p, List<Sentence> sentences, boolean lead, List<Statement> out) {
        List<Attributed> attributed = new ArrayList<>();
        Attributed colon = null;
        for (Sentence s : sentences) {
            Attributed outer = null;
            for (Frame f : frames.find(s, p.end(), quotations)) {
                String relay = null;
                if (f.embedded() && outer != null) relay = outer.speaker().name();
                if (colon != null && f.cueStart() > colon.frame().contentStart()) relay = colon.speaker().name();
                Speaker speaker;
                String mention;
                if (f.inherits()) {
                    Attributed from = outer != null ? outer : null;
                    if (from == null) {
                        Mention subject = nearestSubject(s, f.cueStart());
                        if (subject == null || subject.isFirstPerson()) continue;
                        speaker = resolver.resolve(subject, relay, p.start(), lead);
                        mention = subject.text();
                    } else {
                        speaker = from.speaker();
                        mention = from.mention();
                    }
                } else {
                    if (f.subject().isFirstPerson()) continue;
                    speaker = resolver.resolve(f.subject(), relay, p.start(), lead);
                    mention = f.subject().text();
                }
                Attributed a = new Attributed(f, speaker, mention, relay);
                attributed.add(a);
                if (relay == null) resolver.spoke(speaker);
                if (!f.embedded() && relay == null) outer = a;
                if (f.style() == Frame.Style.COLON && relay == null) colon = a;
            }
        }
        emit(p, attributed, out);
    }

    private void emit(Paragraph p, List<Attributed> attributed, List<Statement> out) {
        Set<Attributed> consumed = new HashSet<>();
        Map<Attributed, Integer> lastQuoteOf = new HashMap<>();
        Statement previousDirect = null;
        Attributed previousBy = null;
        for (Quotation q : quotations) {
            if (q.open() < p.start() || q.open() >= p.end() || !q.isSpeech(body)) continue;
            int[] span = StatementText.quote(body, q.start(), q.end());
            if (span[0] >= span[1]) continue;
            Attributed by = frameAround(q, attributed);
            if (by == null) by = frameAfter(q, attributed);
            boolean sameFrame = by != null && by == previousBy;
            if (previousDirect != null && previousBy != null && (sameFrame || by == null && splitContinues(previousBy, q))) {
                // "“We …,” he said, “and …”": the second half joins the first
                Statement joined = new Statement(previousDirect.kind(), previousDirect.speaker(),
                        previousDirect.speakerMention(), previousDirect.speakerType(), previousDirect.cue(),
                        previousDirect.text() + " " + body.substring(span[0], span[1]), previousDirect.start(), span[1],
                        previousDirect.reportedBy());
                out.set(out.indexOf(previousDirect), joined);
                previousDirect = joined;
                continue;
            }
            Statement st;
            if (by != null) {
                consumed.add(by);
                st = new Statement(Statement.DIRECT, by.speaker().name(), by.mention(), by.speaker().type(),
                        by.frame().cue(), body.substring(span[0], span[1]), span[0], span[1], by.relay());
            } else if ((q.open() == p.start() || previousDirect != null) && lastDirect != null) {
                // a quotation that names nobody goes on with the last quoted speaker: a paragraph that opens
                // with it, or the next sentence after "“…,” she said."
                st = new Statement(Statement.DIRECT, lastDirect.name(), lastDirectMention, lastDirect.type(), null,
                        body.substring(span[0], span[1]), span[0], span[1], null);
            } else {
                continue;
            }
            out.add(st);
            previousDirect = st;
            previousBy = by;
            if (by != null) {
                lastDirect = by.speaker();
                lastDirectMention = by.mention();
            }
        }
        for (Attributed a : attributed) {
            if (consumed.contains(a)) continue;
            Frame f = a.frame();
            if (f.style() == Frame.Style.QUOTE) continue; // its quotation was a scare quote or too short
            if (f.style() == Frame.Style.INVERTED && containsQuotation(f)) continue;
            int[] span = StatementText.clean(body, f.contentStart(), f.contentEnd(), f.style() == Frame.Style.CLAUSE);
            String text = body.substring(span[0], span[1]);
            if (StatementText.words(text) < 2) continue;
            String kind = f.style() == Frame.Style.COLON ? (letterArticle ? Statement.LETTER : Statement.DIRECT)
                    : Statement.INDIRECT;
            if (kind.equals(Statement.LETTER)) {
                // a letter excerpt keeps its final punctuation
                while (span[1] < f.contentEnd() && ".!?".indexOf(body.charAt(span[1])) >= 0) span[1]++;
                text = body.substring(span[0], span[1]);
            }
            out.add(new Statement(kind, a.speaker().name(), a.mention(), a.speaker().type(), f.cue(), text, span[0],
                    span[1], a.relay()));
        }
    }

    /** The frame whose content holds the quotation ("said that the bill “will pass”", "said, “…”"). */
    private static Attributed frameAround(Quotation q, List<Attributed> attributed) {
        Attributed found = null;
        for (Attributed a : attributed) {
            Frame f = a.frame();
            if (f.style() == Frame.Style.INVERTED) continue;
            if (q.open() >= f.contentStart() - 1 && q.open() < f.contentEnd()) found = a;
        }
        return found;
    }

    /** The attribution right after the closing mark ("“…,” he said", "“…,” said Jane Roe"). */
    private Attributed frameAfter(Quotation q, List<Attributed> attributed) {
        if (q.close() < 0) return null;
        for (Attributed a : attributed) {
            Frame f = a.frame();
            if (f.regionStart() < q.close() || f.inherits()) continue;
            if (body.substring(q.close() + 1, Math.max(q.close() + 1, f.regionStart())).matches("[\\s,.]*")) return a;
        }
        return null;
    }

    private boolean splitContinues(Attributed by, Quotation q) {
        int end = by.frame().attributionEnd();
        return end <= q.open() && body.substring(end, q.open()).matches("[\\s,:]*");
    }

    private boolean containsQuotation(Frame f) {
        for (Quotation q : quotations) {
            if (q.isSpeech(body) && q.open() >= f.contentStart() && q.open() < f.contentEnd()) return true;
        }
        return false;
    }

    /**
     * For a participle or a coordinated cue with no frame before it ("He concluded his speech by
     * acknowledging …"): the subject of the nearest finite verb to its left.
     */
    private Mention nearestSubject(Sentence s, int cueStart) {
        List<Token> t = s.tokens();
        for (int i = s.tokenAtOrAfter(cueStart) - 1; i >= 0; i--) {
            Token x = t.get(i);
            if (x.tag().equals("VERB") && !x.lower().endsWith("ing")) {
                SubjectFinder.Left left = subjects.left(t, i);
                if (left.mention() != null || left.negated()) return left.mention();
            }
        }
        return null;
    }
}
