package io.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tagged tokens, keeping offsets into the text given. Thread-safe: the
 * models are shared, each thread gets its own OpenNLP detector and tokenizer (those keep per-call state and
 * must not be shared), and one tagger serves all threads. Paragraphs (separated by a blank line) are analysed apart, so
 * a sentence never crosses a paragraph break even when a paragraph lacks its final full stop. Sentences are
 * found at once; each is tokenised and tagged only when its tokens are first read ({@link Sentence#tokens()}).
 */
public final class TextAnalyzer {

    private static final Pattern TITLE_AT_END = Pattern.compile(
            "(^|\\s)(Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|Sr|Jr|St|Hon|Pres|Amb|Supt|Maj)\\.$");
    private static final Pattern UPPER = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]*");
    private static final Pattern FOOTNOTE_BREAK = Pattern.compile("([.!?][\"”]?\\[\\d{1,3}\\])\\s+(?=\\p{Lu})");

    private static final ThreadLocal<SentenceDetectorME> SENTENCES =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(EnglishModels.sentences()));
    private static final ThreadLocal<WordCachingTokenizer> TOKENIZER = ThreadLocal.withInitial(WordCachingTokenizer::new);
    // Universal Dependencies tags, as the model was trained (UD English-EWT). OpenNLP's mapping to Penn tags
    // loses the verb forms anyway (every verb becomes VB), so we keep the native tag set.
    private static final WordFeatureTagger TAGGER = new WordFeatureTagger(EnglishModels.tags());

    /**
     * The tokenizer model with a memory per word. {@link TokenizerME} cuts the text at whitespace, then decides
     * each split inside a word from that word alone (its characters and the abbreviation list), so the spans
     * of a word can be kept and reused: in news most words come back many times. Exactly TokenizerME's
     * output. Not thread-safe.
     */
    private static final class WordCachingTokenizer {
        private static final int MAX_WORDS = 50_000;

        private final TokenizerME model = new TokenizerME(EnglishModels.tokens());
        private final Map<String, Span[]> byWord = new HashMap<>();

        Span[] tokenizePos(String sentence) {
            List<Span> out = new ArrayList<>();
            for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
                if (w.length() < 2) {
                    out.add(w);
                    continue;
                }
                String word = sentence.substring(w.getStart(), w.getEnd());
                Span[] parts = byWord.get(word);
                if (parts == null) {
                    if (byWord.size() >= MAX_WORDS) byWord.clear(); // bounded memory; a rare, cheap restart
                    parts = model.tokenizePos(word);
                    byWord.put(word, parts);
                }
                for (Span p : parts) out.add(new Span(w.getStart() + p.getStart(), w.getStart() + p.getEnd()));
            }
            return out.toArray(new Span[0]);
        }
    }

    /** All sentences of {@code text}, paragraph by paragraph. */
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int brk = text.indexOf("\n\n", from);
            int to = brk < 0 ? text.length() : brk;
            sentencesOf(text, from, to, out);
            if (brk < 0) break;
            from = brk + 2;
        }
        return out;
    }

    /** The sentences of one region {@code [from, to)} of {@code text}. */
    public List<Sentence> sentences(String text, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        sentencesOf(text, from, to, out);
        return out;
    }

    private static void sentencesOf(String text, int from, int to, List<Sentence> out) {
        String region = text.substring(from, to);
        if (region.isBlank()) return;
        for (Span s : mergeAfterTitles(region, SENTENCES.get().sentPosDetect(region))) {
            int start = from + s.getStart();
            int end = from + s.getEnd();
            // the model does not know footnote marks: "… Bank.[3] The …" is two sentences
            Matcher m = FOOTNOTE_BREAK.matcher(text).region(start, end);
            while (m.find()) {
                out.add(sentence(text, start, m.end(1)));
                start = m.end();
            }
            if (end > start) out.add(sentence(text, start, end));
        }
    }

    /**
     * The tokenizer model sometimes cuts an acronym and keeps a bracket on its tail ("(PIJ)" → "PI", "J)").
     * A closing bracket is split off a word, then upper-case pieces written together are joined again.
     */
    private static Span[] repairAcronyms(String sentence, Span[] spans) {
        List<Span> split = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            String w = s.getCoveredText(sentence).toString();
            if (w.length() > 1 && ")]".indexOf(w.charAt(w.length() - 1)) >= 0 && Character.isLetterOrDigit(w.charAt(w.length() - 2))) {
                split.add(new Span(s.getStart(), s.getEnd() - 1));
                split.add(new Span(s.getEnd() - 1, s.getEnd()));
            } else {
                split.add(s);
            }
        }
        List<Span> out = new ArrayList<>(split.size());
        for (Span s : split) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (prev.getEnd() == s.getStart() && UPPER.matcher(prev.getCoveredText(sentence)).matches()
                        && UPPER.matcher(s.getCoveredText(sentence)).matches()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /** "Sen." or "Gov." before a name ends no sentence, though the model sometimes splits there. */
    private static List<Span> mergeAfterTitles(String region, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = region.substring(prev.getStart(), prev.getEnd());
                if (TITLE_AT_END.matcher(before).find()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** A sentence tokenised and tagged when first read, by the thread that reads it. */
    private static Sentence sentence(String text, int start, int end) {
        String sentence = text.substring(start, end);
        return Sentence.lazy(start, end, sentence, () -> tokens(sentence, start));
    }

    private static List<Token> tokens(String sentence, int start) {
        Span[] spans = repairAcronyms(sentence, TOKENIZER.get().tokenizePos(sentence));
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = TAGGER.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i]));
        }
        return tokens;
    }
}
