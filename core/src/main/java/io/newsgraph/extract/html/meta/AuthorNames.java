package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an author credit as printed ("By Jane Roe and John Doe, Staff Writers | Updated 3 May") into
 * names, one each. Drops the lead word ("By", "Von", "Par"…), roles, dates, e-mail addresses and
 * handles. Returns an empty list when what is left does not look like a name.
 */
final class AuthorNames {
    private AuthorNames() {}

    /** Lead words that introduce a credit, in the languages the pages are mostly in. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|posted|published|reported|text|story|words|photos?)\\s+)?"
                    + "(?:by|von|vom|par|door|por|przez|di|da|af|av|från|from|autor(?:in)?|author|verfasst von|"
                    + "geschrieben von|ein beitrag von|text|texte|redaktion)\\s*[:.]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:autor(?:in|en)?|authors?|auteurs?|verfasser(?:in)?|written by|posted by|byline)\\s*[:.]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a credit stops being names: a date, a time, a role after a dash, an update note. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)(?:\\s+[|•·]\\s*.*$)|(?:\\s+[-–—]\\s+.*$)|(?:,?\\s+(?:updated|aktualisiert|published|veröffentlicht|"
                    + "posted|am|on|le|il|el|op|dnia|vom|at|um|\\d{1,2}\\.?\\s*\\d{1,2}\\.|\\d{1,2}\\s+\\w+\\s+\\d{4}|"
                    + "\\d{4}-\\d{2}|\\d{1,2}/\\d{1,2}/)\\b.*$)",
            Pattern.UNICODE_CASE);
    /** Conjunctions are matched in lower case only, so the initial in "John E Smith" stays. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[,;&+/]\\s*|\\s+(?:and|und|et|y|e|i|en|og|och|oraz|sowie|with|mit)\\s+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@\\w+");
    private static final Pattern DEGREE = Pattern.compile("(?i)^(?:ph\\.?\\s?d\\.?|m\\.?d\\.?|mba|jr\\.?|sr\\.?|dr\\.? med\\.?)$");
    /** Words that describe a job, not a person; dropped wherever they stand alone. */
    private static final Set<String> ROLES = Set.of("staff", "staff writer", "staff writers", "editor", "editors",
            "reporter", "correspondent", "contributor", "redaktion", "red.", "admin", "administrator",
            "guest", "guest author", "gastautor", "gastbeitrag", "freelance", "columnist", "senior writer",
            "photographer", "foto", "fotos", "photo", "photos", "text", "bild", "bilder");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_LENGTH = 60;

    static List<String> split(String credit) {
        String s = Texts.clean(credit);
        if (s == null) {
            return List.of();
        }
        s = EMAIL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\(.*?\\)", " ").replaceAll("\\s+", " ").strip();
        s = LABEL.matcher(s).replaceFirst("");
        s = LEAD.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        Set<String> names = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(s)));
        String previous = null;
        for (String part : parts) {
            String p = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (DEGREE.matcher(p).matches() && previous != null) {
                // "Michael L. Anderson, PhD": the degree belongs to the name before it.
                names.remove(previous);
                previous = previous + ", " + p;
                names.add(previous);
                continue;
            }
            if (looksLikeName(p)) {
                names.add(p);
                previous = p;
            }
        }
        return List.copyOf(names);
    }

    static boolean looksLikeName(String p) {
        if (!HAS_LETTER.matcher(p).find() || p.length() > MAX_NAME_LENGTH) {
            return false;
        }
        if (ROLES.contains(p.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (p.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        return !p.startsWith("http") && !p.contains("://");
    }
}
