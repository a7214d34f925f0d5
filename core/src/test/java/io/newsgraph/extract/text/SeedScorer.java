package io.newsgraph.extract.text;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text measures of {@code shared/corpus/seeds/score/score_seeds.py}, ported one to one so the unit
 * test and the acceptance script agree: {@code norm}, {@code key}, {@code tokens} and body token F1
 * where lines marked optional neither help nor hurt.
 */
final class SeedScorer {
    private SeedScorer() {}

    /** The script's BOILERPLATE list: markers that must never appear inside a body. */
    static final List<String> BOILERPLATE = List.of("Most Read", "Related News", "All Rights Reserved", "BREAKING",
            "Read Next", "Privacy Policy", "Share this Report", "News ID:", "Publish Date", "4 Min Read", "Infographs",
            "Digital Series", "Trump: Want New York to do well", "Qatari PM: We must not surrender",
            "Special Dispatch No. 10721", "Singapore sanctions Israeli settlers", "Android");

    /** Python's {@code \w} with Unicode strings: letters, digits, underscore, and combining marks. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern KEY_PUNCT = Pattern.compile("[\\[\\]().,;:!?\"]");

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00a0', ' ');
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static String key(String s) {
        String t = KEY_PUNCT.matcher(casefold(norm(s))).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(casefold(norm(s)));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String casefold(String s) {
        return UCharacter.foldCase(s, true);
    }

    static Map<String, Integer> bag(List<String> tokens) {
        Map<String, Integer> b = new HashMap<>();
        for (String t : tokens) {
            b.merge(t, 1, Integer::sum);
        }
        return b;
    }

    /** Precision, recall and F1 of {@code got} against {@code want}; tokens found in {@code optional} are free. */
    record BodyScore(double precision, double recall, double f1) {}

    static BodyScore body(List<String> want, List<String> optional, List<String> got) {
        Map<String, Integer> wb = bag(want);
        Map<String, Integer> ob = bag(optional);
        Map<String, Integer> gb = bag(got);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<String, Integer> e : gb.entrySet()) {
            int v = e.getValue();
            fp += Math.max(0, v - wb.getOrDefault(e.getKey(), 0) - ob.getOrDefault(e.getKey(), 0));
        }
        for (Map.Entry<String, Integer> e : wb.entrySet()) {
            tp += Math.min(e.getValue(), gb.getOrDefault(e.getKey(), 0));
        }
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = want.isEmpty() ? 0.0 : (double) tp / want.size();
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new BodyScore(p, r, f);
    }
}
