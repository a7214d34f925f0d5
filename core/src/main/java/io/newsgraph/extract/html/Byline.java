package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The author credit as the page prints it ("By Jane Doe and John Roe" → byline "Jane Doe and John Roe",
 * authors [Jane Doe, John Roe]). Immutable.
 */
record Byline(String text, List<String> authors) {

    Byline {
        authors = List.copyOf(authors);
    }

    /** Where pages put the visible credit, most specific first. */
    private static final String CANDIDATES =
            "[itemprop=author], [rel=author], [class~=(?i)byline], [class~=(?i)(^|[-_ ])author(s)?([-_ ]|$)], "
                    + "[class~=(?i)(^|[-_ ])(by|writer|contributor)([-_ ]|$)], address";

    private static final Pattern BY = Pattern.compile("(?i)^(written |reported |posted |words |story )?by[:\\s]+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\be\\b|\\by\\b)\\s*");

    /** The visible byline of the page, if one reads like a credit of a few names. */
    static Optional<Byline> visible(Document doc) {
        for (Element e : doc.select(CANDIDATES)) {
            String text = e.text().strip();
            if (text.length() < 3 || text.length() > 120) {
                continue;
            }
            Optional<Byline> b = parse(text);
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    /** Reads a printed credit; empty when it holds no plausible name. */
    static Optional<Byline> parse(String printed) {
        String text = BY.matcher(printed.strip()).replaceFirst("").strip();
        int pipe = text.indexOf('|');
        if (pipe > 0) {
            text = text.substring(0, pipe).strip();
        }
        List<String> names = names(text);
        return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(text, names));
    }

    /** Byline from a list of names given in metadata. */
    static Optional<Byline> ofNames(List<String> names) {
        List<String> clean = new ArrayList<>();
        for (String n : names) {
            clean.addAll(names(n));
        }
        return clean.isEmpty() ? Optional.empty() : Optional.of(new Byline(String.join(", ", clean), clean));
    }

    private static List<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : SPLIT.split(text)) {
            String p = BY.matcher(part.strip()).replaceFirst("").strip();
            if (looksLikeName(p)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /** One to five words, starting with a capital letter, without digits or URLs. */
    private static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.length() > 60 || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        if (s.contains("http") || s.contains("@") || s.contains("/")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        int words = s.split("\\s+").length;
        return words <= 5;
    }
}
