package io.newsgraph.eval;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Snippet counts of a body-text extractor on an evaluation set and the scores derived from them. Immutable.
 *
 * @param truePositives  {@code with} snippets found
 * @param falseNegatives {@code with} snippets missed
 * @param falsePositives {@code without} snippets found
 * @param trueNegatives  {@code without} snippets absent
 */
public record SnippetScore(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        int all = truePositives + falseNegatives + falsePositives + trueNegatives;
        return all == 0 ? 0 : (double) (truePositives + trueNegatives) / all;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "snippets: precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f  (tp %d fn %d fp %d tn %d)%n",
                precision(), recall(), f1(), accuracy(), truePositives, falseNegatives, falsePositives, trueNegatives);
    }
}
