package io.newsgraph.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code statements} part of {@code shared/corpus/seeds/score/score_seeds.py}, ported line by line:
 * a predicted statement matches a gold quote when it covers at least 70 % of the gold's first 40 tokens
 * and is not much longer (overlap / min(predicted tokens, 40) ≥ 0.3, waived for gold cut with "…");
 * gold quotes are matched greedily in order, each prediction used once. Speaker: the gold name, any
 * variant of its entity, or 60 % of the gold name's tokens.
 */
final class StatementScorer {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern KEY_PUNCT = Pattern.compile("[\\[\\]().,;:!?\"]");

    /** Totals over all documents, and the misses for the report. */
    record Score(int gold, int predicted, int matched, int speakerRight, int kindRight, List<String> misses) {
        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double speakerAccuracy() {
            return matched == 0 ? 0 : (double) speakerRight / matched;
        }

        double kindAccuracy() {
            return matched == 0 ? 0 : (double) kindRight / matched;
        }
    }

    private StatementScorer() {
    }

    static Score score(JsonNode gold, Map<String, List<Statement>> predicted) {
        int nGold = 0, nPred = 0, tp = 0, spk = 0, kinds = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode d : gold.get("documents")) {
            String file = d.get("file").asText();
            List<Statement> ps = predicted.getOrDefault(file, List.of());
            nPred += ps.size();
            nGold += d.get("quotes").size();
            Set<Integer> used = new HashSet<>();
            for (JsonNode g : d.get("quotes")) {
                String text = g.get("text").asText();
                boolean truncated = text.endsWith("\u2026");
                List<String> gtoks = tokens(truncated ? text.substring(0, text.length() - 1) : text);
                Map<String, Integer> gt = bag(gtoks.subList(0, Math.min(40, gtoks.size())));
                int gsize = gt.values().stream().mapToInt(Integer::intValue).sum();
                double best = 0;
                int bestI = -1;
                for (int i = 0; i < ps.size(); i++) {
                    if (used.contains(i)) continue;
                    Map<String, Integer> pt = bag(tokens(ps.get(i).text()));
                    int psize = pt.values().stream().mapToInt(Integer::intValue).sum();
                    if (psize == 0 || gsize == 0) continue;
                    int ov = overlap(gt, pt);
                    double contain = (double) ov / gsize;
                    double precise = truncated ? 1.0 : (double) ov / Math.min(psize, 40);
                    double s = precise >= 0.3 ? contain : 0.0;
                    if (s > best) {
                        best = s;
                        bestI = i;
                    }
                }
                String tag = file.substring(0, 3) + ":" + g.get("line").asInt();
                if (best >= 0.7) {
                    used.add(bestI);
                    tp++;
                    Statement p = ps.get(bestI);
                    if (speakerOk(p.speaker(), g.get("speaker").asText(), gold.get("entities"))) {
                        spk++;
                    } else {
                        misses.add("speaker " + tag + ": " + p.speaker() + " (want " + g.get("speaker").asText() + ")");
                    }
                    String pk = p.kind() == null ? "" : p.kind().toLowerCase();
                    String gk = g.get("kind").asText();
                    if (pk.startsWith(gk.substring(0, Math.min(3, gk.length()))) || gk.equals("indirect") && (pk.equals("reported") || pk.equals("indirect"))) {
                        kinds++;
                    } else {
                        misses.add("kind " + tag + ": " + pk + " (want " + gk + ")");
                    }
                } else {
                    misses.add("missed " + tag + " " + gk(g) + ": " + text.substring(0, Math.min(70, text.length())));
                }
            }
            for (int i = 0; i < ps.size(); i++) {
                if (!used.contains(i)) {
                    Statement p = ps.get(i);
                    misses.add("extra " + file.substring(0, 3) + " " + p.kind() + " [" + p.speaker() + " / " + p.cue() + "]: "
                            + p.text().substring(0, Math.min(70, p.text().length())));
                }
            }
        }
        return new Score(nGold, nPred, tp, spk, kinds, misses);
    }

    private static String gk(JsonNode g) {
        return g.get("kind").asText() + " [" + g.get("speaker").asText() + " / " + g.path("cue").asText() + "]";
    }

    static boolean speakerOk(String predicted, String goldSpeaker, JsonNode entities) {
        String pk = key(predicted);
        if (pk.isEmpty()) return false;
        Set<String> names = new HashSet<>();
        names.add(key(goldSpeaker));
        for (JsonNode e : entities) {
            if (e.get("canonical").asText().equals(goldSpeaker)) {
                names.add(key(e.get("canonical").asText()));
                for (JsonNode v : e.get("variants")) names.add(key(v.asText()));
                for (JsonNode v : e.path("variants_outside_body")) names.add(key(v.asText()));
            }
        }
        if (names.contains(pk)) return true;
        Set<String> gt = new HashSet<>(tokens(goldSpeaker));
        Set<String> pt = new HashSet<>(tokens(predicted));
        if (gt.isEmpty()) return false;
        int common = 0;
        for (String t : gt) if (pt.contains(t)) common++;
        return (double) common / gt.size() >= 0.6;
    }

    static String norm(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00a0', ' ');
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static String key(String s) {
        String t = UCharacter.foldCase(norm(s), true);
        t = KEY_PUNCT.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(UCharacter.foldCase(norm(s), true));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Map<String, Integer> bag(List<String> ts) {
        Map<String, Integer> b = new HashMap<>();
        for (String t : ts) b.merge(t, 1, Integer::sum);
        return b;
    }

    private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }
}
