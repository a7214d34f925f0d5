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

    private static final int MAX_CANDIDATES = 40;

    /** Class words of the elements where pages put the visible credit. */
    private static final Set<String> CREDIT_WORDS = Set.of("byline", "bylines", "author", "authors", "by", "writer", "contributor");

    /** Elements that may hold the visible credit, in page order, found in one pass without regex selectors. */
    private static List<Element> candidates(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.nameIs("address") || e.attr("rel").equalsIgnoreCase("author")
                    || e.attr("itemprop").toLowerCase(java.util.Locale.ROOT).contains("author")) {
                out.add(e);
                continue;
            }
            if (!e.className().isEmpty()) {
                for (String w : ClassNames.words(e.className())) {
                    if (CREDIT_WORDS.contains(w)) {
                        out.add(e);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern BY = Pattern.compile(
            "(?i)^((written |reported |posted |words |story )?by[:\\s]+|\\p{L}+:\\s*)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\be\\b|\\by\\b)\\s*");

    /**
     * The visible byline of the page, if one reads like a credit of a few names. Linked names
     * inside the credit are preferred to its whole text, which often runs a role or a date into the
     * name ("Meg JamesStaff Writer"). A one-word name counts only when the metadata confirms it.
     */
    static Optional<Byline> visible(Document doc, List<String> knownAuthors) {
        Set<String> known = new java.util.HashSet<>();
        knownAuthors.forEach(a -> known.add(a.toLowerCase(java.util.Locale.ROOT)));
        List<Element> candidates = candidates(doc);
        // a bounded number of looks: each reads the text under a candidate
        for (Element e : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES))) {
            if (!e.select("input, label, textarea").isEmpty() || ClassNames.isDiscussion(e)
                    || e.className().toLowerCase(java.util.Locale.ROOT).contains("form")) {
                continue; // the "Name" field of a comment form
            }
            String text = e.text().strip();
            if (text.length() < 3 || text.length() > 160) {
                continue;
            }
            // an element marked up as the author (rel=author, itemprop=author) may hold a user name
            // ("gnaddrig") that a printed credit would not be trusted with
            boolean marked = isMarkedAuthor(e);
            List<String> linked = new ArrayList<>();
            for (Element a : e.getElementsByTag("a")) {
                String name = a.text().strip();
                if (acceptable(name, known) || ((marked || isMarkedAuthor(a)) && plausibleHandle(name))) {
                    linked.add(name);
                }
            }
            if (linked.isEmpty() && marked && plausibleHandle(text)) {
                linked.add(text);
            }
            if (!linked.isEmpty()) {
                List<String> unique = new ArrayList<>(new LinkedHashSet<>(linked));
                return Optional.of(new Byline(String.join(", ", unique), unique));
            }
            Optional<Byline> b = parse(text).filter(x -> x.authors().stream().allMatch(n -> acceptable(n, known)));
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    /** Words of job titles that follow names in credits ("Tom Krisher, AP Auto Writer"). */
    private static final Set<String> ROLE_WORDS = Set.of(
            "writer", "reporter", "editor", "correspondent", "staff", "contributor", "columnist", "producer",
            "photographer", "journalist", "biography", "author", "authors", "profile", "more", "follow",
            "email", "twitter", "facebook", "view", "posts", "articles", "stories", "admin", "name", "nama",
            // labels printed before the name or the date
            "by", "on", "am", "posted", "published", "updated", "veröffentlicht", "publiziert", "geschrieben",
            "aktualisiert", "publié", "publicado", "hinterlasse", "kommentar", "comment", "comments", "leave", "reply");

    private static boolean isMarkedAuthor(Element e) {
        return e.attr("rel").equalsIgnoreCase("author")
                || e.attr("itemprop").toLowerCase(java.util.Locale.ROOT).contains("author");
    }

    /** A user name or a name of one to five words, without role words, dates or addresses. */
    private static boolean plausibleHandle(String s) {
        if (s.length() < 2 || s.length() > 60 || s.contains("http") || s.contains("@") || s.contains("/")) {
            return false;
        }
        return s.split("\\s+").length <= 5 && !hasRoleWord(s);
    }

    private static boolean acceptable(String name, Set<String> known) {
        if (!looksLikeName(name)) {
            return false;
        }
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        for (String w : words) {
            if (ROLE_WORDS.contains(w)) {
                return false;
            }
        }
        return words.length >= 2 || known.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Reads a printed credit; empty when it holds no plausible name. */
    static Optional<Byline> parse(String printed) {
        String text = BY.matcher(printed.strip()).replaceFirst("").strip().replaceAll("[,;:|\\s]+$", "");
        int pipe = text.indexOf('|');
        if (pipe > 0) {
            text = text.substring(0, pipe).strip();
        }
        List<String> parts = parts(text);
        List<String> names = names(text);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        // when some parts were not names (a date, a role), the names alone make the byline
        return Optional.of(new Byline(names.size() == parts.size() ? text : String.join(", ", names), names));
    }

    /** Byline from a list of names given in metadata. */
    static Optional<Byline> ofNames(List<String> names) {
        List<String> clean = new ArrayList<>();
        for (String n : names) {
            clean.addAll(names(n));
        }
        return clean.isEmpty() ? Optional.empty() : Optional.of(new Byline(String.join(", ", clean), clean));
    }

    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : SPLIT.split(text)) {
            String p = BY.matcher(part.strip()).replaceFirst("").strip();
            if (looksLikeName(p) && !hasRoleWord(p)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean hasRoleWord(String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (ROLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** One to five words, starting with a capital letter, without digits or URLs. */
    private static boolean looksLikeName(String s) {
        // capitalised, or in a script without case (Chinese, Arabic)
        if (s.isEmpty() || s.length() > 60 || !Character.isLetter(s.codePointAt(0))
                || Character.isLowerCase(s.codePointAt(0))) {
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
