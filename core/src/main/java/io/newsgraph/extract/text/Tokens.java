package io.newsgraph.extract.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cased word tokens, for comparing lines with each other. */
final class Tokens {
    private Tokens() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Set<String> set(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
