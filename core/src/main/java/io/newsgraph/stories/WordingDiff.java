package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Two wordings of one statement side by side, immutable: runs of words both share and runs only one has,
 * in reading order (a longest common subsequence of lower-cased words). What a reader needs to see
 * "progress toward" become "a big step towards".
 */
public record WordingDiff(List<Run> runs) {

    public enum Side { BOTH, FIRST, SECOND }

    /** A run of words from one side, or from both. */
    public record Run(Side side, String words) {}

    public WordingDiff {
        runs = List.copyOf(runs);
    }

    /** The share of words the two wordings have in common (2 × common / total). */
    public double overlap() {
        int both = 0, total = 0;
        for (Run r : runs) {
            int n = r.words().split(" ").length;
            total += r.side() == Side.BOTH ? 2 * n : n;
            if (r.side() == Side.BOTH) both += 2 * n;
        }
        return total == 0 ? 1 : (double) both / total;
    }

    public static WordingDiff of(String first, String second) {
        List<String> a = Words.tokens(first), b = Words.tokens(second);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                append(runs, Side.BOTH, a.get(i));
                i++;
                j++;
            } else if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(runs, Side.FIRST, a.get(i++));
            } else {
                append(runs, Side.SECOND, b.get(j++));
            }
        }
        return new WordingDiff(runs);
    }

    private static void append(List<Run> runs, Side side, String word) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).side() == side) runs.set(last, new Run(side, runs.get(last).words() + " " + word));
        else runs.add(new Run(side, word));
    }
}
