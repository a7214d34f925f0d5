package io.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page's comparison of predicted against reference text as multisets of 4-word shingles, with
 * true/false positive and false negative counts normalised to sum to 1 (so every page weighs the
 * same), as in the benchmark's FORMAT.md §3. Immutable.
 *
 * @param tp           normalised shared shingles
 * @param fp           normalised predicted-only shingles
 * @param fn           normalised reference-only shingles
 * @param exactMatch   whether the two token sequences are identical
 */
record ShingleComparison(double tp, double fp, double fn, boolean exactMatch) {

    private static final int SHINGLE = 4;

    static ShingleComparison of(String reference, String predicted) {
        List<String> refTokens = WordTokenizer.tokens(reference);
        List<String> predTokens = WordTokenizer.tokens(predicted);
        Map<List<String>, Integer> truth = shingles(refTokens);
        Map<List<String>, Integer> pred = shingles(predTokens);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            int t = e.getValue();
            int p = pred.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, p);
            fn += Math.max(0, t - p);
        }
        for (Map.Entry<List<String>, Integer> e : pred.entrySet()) {
            int p = e.getValue();
            int t = truth.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, p - t);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new ShingleComparison(tp, fp, fn, refTokens.equals(predTokens));
    }

    /** Per-page precision: 1 when nothing differs, 0 when nothing was predicted right. */
    double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** Per-page recall: 1 when nothing differs, 0 when nothing of the reference was found. */
    double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fn == 0) {
            return 0;
        }
        return tp / (tp + fn);
    }

    /** Whether the page enters the precision mean (the prediction had shingles). */
    boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether the page enters the recall mean (the reference had shingles). */
    boolean hasReference() {
        return tp + fn > 0;
    }

    /** Shingle multiset: n-3 windows of 4 tokens; 1 to 3 tokens make a single shingle; none make none. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = tokens.size();
        if (n == 0) {
            return counts;
        }
        if (n < SHINGLE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= n; i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }
}
