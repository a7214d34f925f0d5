package io.newsgraph.quotes;

import io.newsgraph.extract.Article;
import io.newsgraph.nlp.NameChunker;
import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every statement in an article and attributes it: running prose ({@link ProseStatements}), interview
 * transcripts ({@link InterviewFinder}), letters printed in full ({@link LetterFinder}) and embedded posts
 * ({@link EmbeddedPosts}), with speakers resolved across the article ({@link SpeakerResolver}).
 * A pure function of the article: thread-safe, no state kept between calls.
 */
public final class StatementFinder {

    private static final Pattern LETTER_WORD = Pattern.compile("\\bletter\\b", Pattern.CASE_INSENSITIVE);

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final NameChunker chunker = new NameChunker();
    private final InterviewFinder interviews = new InterviewFinder();
    private final LetterFinder letters = new LetterFinder();
    private final QuotationFinder quotations = new QuotationFinder();
    private final EmbeddedPosts posts = new EmbeddedPosts();

    public List<Statement> find(Article article) {
        String body = article.text();
        List<Paragraph> paragraphs = Paragraph.split(body);
        List<Sentence> sentences = analyzer.sentences(body);
        ArticleNames names = new ArticleNames(sentences, chunker);
        SpeakerResolver resolver = new SpeakerResolver(names, chunker, article.outlet());
        List<InterviewTurn> turns = interviews.find(body, paragraphs);
        List<Letter> fullLetters = letters.find(paragraphs);

        Set<Integer> special = new HashSet<>();
        for (InterviewTurn turn : turns) for (int i = turn.firstParagraph(); i <= turn.lastParagraph(); i++) special.add(i);
        for (Letter l : fullLetters) for (int i = l.firstParagraph(); i <= l.lastParagraph(); i++) special.add(i);
        List<Paragraph> prose = new ArrayList<>();
        for (Paragraph p : paragraphs) if (!special.contains(p.index()) && !p.isHeading()) prose.add(p);

        boolean letterArticle = !fullLetters.isEmpty() || LETTER_WORD.matcher(body).find();
        List<Statement> out = new ArrayList<>();
        ProseStatements reader = new ProseStatements(body, resolver, quotations.find(body, prose), letterArticle);
        for (Paragraph p : prose) reader.read(p, within(sentences, p.start(), p.end()), p.index() == 0, out);
        for (Letter l : fullLetters) {
            Speaker signer = resolver.byName(l.signature());
            out.add(new Statement(Statement.LETTER, signer.name(), l.signature(), signer.type(), null,
                    body.substring(l.start(), l.end()), l.start(), l.end(), null));
            resolver.spoke(signer);
        }
        resolveHeldBackNames(out, names, paragraphs);
        String interviewee = turns.isEmpty() ? null : interviewee(resolver, names);
        ProseStatements nested = new ProseStatements(body, resolver, List.of(), letterArticle);
        for (InterviewTurn turn : turns) {
            String speaker = interviewee;
            String mention = "A:";
            String type = Statement.PERSON;
            if (turn.label() != null) {
                // a named transcript: each turn speaks for its label ("ROE:" is Jane Roe)
                Speaker s = resolver.byName(titleCase(turn.label()));
                speaker = s == null ? turn.label() : s.name();
                type = s == null ? Statement.UNNAMED : s.type();
                mention = turn.label() + ":";
            }
            if (turn.answer() && speaker != null && turn.end() > turn.start()) {
                out.add(new Statement(Statement.QA, speaker, mention, type, null,
                        body.substring(turn.start(), turn.end()), turn.start(), turn.end(), null));
            }
            String relay = turn.answer() ? speaker : "interviewer";
            out.addAll(relayed(nested, body, sentences, turn, relay));
        }
        out.sort(Comparator.comparingInt(Statement::start));
        for (EmbeddedPosts.Post post : posts.read(article.embeds())) {
            Speaker s = resolver.byName(post.speakerAsWritten());
            if (s == null) s = Speaker.of(post.speakerAsWritten(), Statement.UNNAMED);
            out.add(new Statement(Statement.TWEET, s.name(), post.speakerAsWritten(), s.type(), null, post.text(), -1, -1,
                    post.account()));
        }
        return List.copyOf(out);
    }

    /** Statements reported inside an interview turn ("when the leader called to …"), relayed by its speaker. */
    private static List<Statement> relayed(ProseStatements nested, String body, List<Sentence> sentences,
            InterviewTurn turn, String relay) {
        List<Statement> found = new ArrayList<>();
        nested.read(new Paragraph(-1, turn.start(), turn.end(), body.substring(turn.start(), turn.end())),
                within(sentences, turn.start(), turn.end()), false, found);
        List<Statement> out = new ArrayList<>();
        for (Statement s : found) {
            if (s.speaker().equals(relay)) continue;
            out.add(new Statement(s.kind(), s.speaker(), s.speakerMention(), s.speakerType(), s.cue(), s.text(),
                    s.start(), s.end(), relay));
        }
        return out;
    }

    /** "JANE ROE" → "Jane Roe", so a capitalised label finds the name written in the article. */
    private static String titleCase(String label) {
        StringBuilder b = new StringBuilder();
        for (String w : label.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** The person an interview is with: the article's main speaker, else the first person it names. */
    private static String interviewee(SpeakerResolver resolver, ArticleNames names) {
        String main = resolver.mainPerson();
        if (main != null) return main;
        return names.people().isEmpty() ? null : names.people().get(0).name();
    }

    /** "A senior official said …" in the lead takes the name of the next person quoted, if soon after. */
    private static void resolveHeldBackNames(List<Statement> out, ArticleNames names, List<Paragraph> paragraphs) {
        out.sort(Comparator.comparingInt(Statement::start));
        for (int i = 0; i < out.size(); i++) {
            Statement s = out.get(i);
            // the resolver marks such a speaker as a person still named as written, with an indefinite article
            if (!Statement.PERSON.equals(s.speakerType()) || !s.speaker().equals(s.speakerMention())
                    || !s.speaker().matches("^(?i)(a|an|one) .*")) {
                continue;
            }
            int limit = paragraphs.size() > 2 ? paragraphs.get(2).end() : Integer.MAX_VALUE;
            String name = names.firstNamedAfter(s.end(), limit);
            out.set(i, new Statement(s.kind(), name != null ? name : s.speaker(), s.speakerMention(),
                    name != null ? Statement.PERSON : Statement.UNNAMED, s.cue(), s.text(), s.start(), s.end(),
                    s.reportedBy()));
        }
    }

    private static List<Sentence> within(List<Sentence> sentences, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) if (s.end() > start && s.start() < end) out.add(s);
        return out;
    }
}
