package io.newsgraph.nlp;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * The OpenNLP part-of-speech model decoded greedily, with its feature lookups kept per word.
 *
 * <p>The model's features for token {@code i} are those of the word itself (suffixes, prefixes, the word, its
 * shape), the same word features of the two words before and after it, whether it is among the first three
 * tokens, and the previous one and two tags. OpenNLP builds every feature as a new string and looks it up in
 * the model's map for every token; that took about a quarter of ingest time. Here the model's parameter rows
 * ({@link Context}) for a word's features are looked up once per word and kept (its own features already
 * summed), so tagging a token is one copy and six short additions. The scores are {@code GISModel.eval}'s
 * before it exponentiates, summed in another order, and the best tag is the one {@link opennlp.tools.ml.BeamSearch}
 * picks (the model has no tag dictionary, so every tag is allowed). {@code WordFeatureTaggerTest} checks on
 * the seed and benchmark pages that every token gets the tag of OpenNLP's own tagger with its beam of 3.
 *
 * <p>Thread-safe: the model is immutable and the per-word memory is a concurrent map of immutable entries,
 * shared by all threads and cleared when it reaches its bound.
 */
final class WordFeatureTagger {

    private static final int MAX_WORDS = 50_000; // about 400 bytes each

    /**
     * What one word contributes: the sum of its own features' rows when it is the token being tagged (dense,
     * one entry per tag), and its parameter rows as each of its neighbours.
     */
    private record WordRows(double[] own, Context p1, Context p2, Context n1, Context n2) {
    }

    private final POSContextGenerator features;
    private final Map<String, Context> rows;
    private final String[] outcomes;
    private final double uniformPrior;
    private final Context[] sentenceStart; // "S=begin", "p1S=begin", "p2S=begin" by token index
    private final Context[] previousTag; // "t=" + tag, by tag index
    private final Context[][] previousTwoTags; // "t2=" + tag,tag
    private final Map<String, WordRows> byWord = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    WordFeatureTagger(POSModel model) {
        MaxentModel maxent = model.getArtifact("pos.model");
        if (!(maxent instanceof AbstractModel m)) {
            throw new IllegalStateException("nlp: the OpenNLP POS model has no maximum-entropy 'pos.model'");
        }
        Object[] data = m.getDataStructures();
        this.rows = (Map<String, Context>) data[1];
        this.outcomes = (String[]) data[2];
        this.uniformPrior = Math.log(1.0 / outcomes.length);
        this.features = model.getFactory().getPOSContextGenerator(0);
        this.sentenceStart = new Context[] {rows.get("S=begin"), rows.get("p1S=begin"), rows.get("p2S=begin")};
        this.previousTag = new Context[outcomes.length];
        this.previousTwoTags = new Context[outcomes.length][outcomes.length];
        for (int a = 0; a < outcomes.length; a++) {
            previousTag[a] = rows.get("t=" + outcomes[a]);
            for (int b = 0; b < outcomes.length; b++) previousTwoTags[a][b] = rows.get("t2=" + outcomes[a] + "," + outcomes[b]);
        }
    }

    String[] tag(String[] words) {
        WordRows[] word = new WordRows[words.length];
        for (int i = 0; i < words.length; i++) word[i] = rowsOf(words[i]);
        int[] tags = new int[words.length];
        double[] score = new double[outcomes.length];
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            WordRows w = word[i];
            System.arraycopy(w.own, 0, score, 0, score.length);
            if (i >= 1) add(score, word[i - 1].p1);
            if (i >= 2) add(score, word[i - 2].p2);
            if (i + 1 < words.length) add(score, word[i + 1].n1);
            if (i + 2 < words.length) add(score, word[i + 2].n2);
            if (i < sentenceStart.length) add(score, sentenceStart[i]);
            if (i >= 1) add(score, previousTag[tags[i - 1]]);
            if (i >= 2) add(score, previousTwoTags[tags[i - 2]][tags[i - 1]]);
            int best = 0;
            for (int o = 1; o < score.length; o++) if (score[o] > score[best]) best = o;
            tags[i] = best;
            out[i] = outcomes[best];
        }
        return out;
    }

    private static void add(double[] score, Context c) {
        if (c == null) return;
        int[] outcome = c.getOutcomes();
        double[] parameter = c.getParameters();
        for (int k = 0; k < outcome.length; k++) score[outcome[k]] += parameter[k];
    }

    private WordRows rowsOf(String word) {
        WordRows known = byWord.get(word);
        if (known != null) return known;
        if (byWord.size() >= MAX_WORDS) byWord.clear(); // bounded memory; a rare, cheap restart
        WordRows made = rowsFromModel(word);
        byWord.put(word, made);
        return made;
    }

    /**
     * The word's own features are those the model's generator gives a one-word sentence, less the sentence
     * start feature; its features as a neighbour are its word feature with the window's prefix.
     */
    private WordRows rowsFromModel(String word) {
        String[] own = features.getContext(0, new String[] {word}, new String[1], null);
        double[] sum = new double[outcomes.length];
        Arrays.fill(sum, uniformPrior);
        String wordFeature = null;
        for (String f : own) {
            if (f.equals("S=begin")) continue;
            if (f.startsWith("w=")) wordFeature = f;
            add(sum, rows.get(f));
        }
        if (wordFeature == null) throw new IllegalStateException("nlp: the POS model's features have no word feature");
        return new WordRows(sum, rows.get("p1" + wordFeature), rows.get("p2" + wordFeature),
                rows.get("n1" + wordFeature), rows.get("n2" + wordFeature));
    }
}
