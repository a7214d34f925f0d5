package io.newsgraph.eval;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The author rule of the metadata benchmark: "every gold author name found in the extracted authors".
 *
 * <p>Gold names come as a list, or as one string that may credit several people; a string is split at
 * ";", "," and the conjunctions " and ", " und ", " & " (a list is taken as is, so "Jane Roe, PhD" stays one
 * name). Each name is then normalised: Unicode NFC, full Unicode case folding (ICU; "ß" folds to "ss"), whitespace runs to one space, punctuation
 * at both ends stripped. The page passes when every gold name is <em>equal</em> to one extracted name
 * normalised the same way. "Jane" does not match "Jane Roe", and an extracted "Jane Roe, Berlin" does not
 * match "Jane Roe": this is the strict, exact rule. Extra extracted names are not penalised.
 */
final class AuthorMatch {
    private AuthorMatch() {}

    private static final Pattern GOLD_SEPARATOR = Pattern.compile("\\s*(?:;|,|&|\\s+and\\s+|\\s+und\\s+)\\s*");

    static boolean matches(List<String> gold, List<String> extracted) {
        List<String> ours = extracted.stream().map(AuthorMatch::normalise).toList();
        for (String name : goldNames(gold)) {
            if (!ours.contains(normalise(name))) {
                return false;
            }
        }
        return true;
    }

    static List<String> goldNames(List<String> gold) {
        if (gold.size() != 1) {
            return gold;
        }
        List<String> out = new ArrayList<>();
        for (String part : GOLD_SEPARATOR.split(gold.get(0))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static String normalise(String name) {
        String n = UCharacter.foldCase(Normalizer.normalize(name, Normalizer.Form.NFC), true);
        return n.replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }
}
