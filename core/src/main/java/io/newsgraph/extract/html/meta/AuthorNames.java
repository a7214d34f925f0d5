package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an author credit as printed ("Posted by Jane Roe and John Doe, Staff Writers | May 3, 2024") into
 * names, one each. Drops lead words ("By", "Von", "Veröffentlicht von"…), roles, dates, e-mail addresses and
 * handles. A name ends where a date, a role or a lower-case word that is no name particle begins
 * ("Jane Roe im Gespräch" is "Jane Roe"). Returns an empty list when nothing left looks like a name.
 */
final class AuthorNames {
    private AuthorNames() {}

    /** Words that introduce a credit; stripped from its start in any number and order. */
    private static final Set<String> LEAD_WORDS = Set.of("by", "von", "vom", "par", "door", "por", "przez", "di",
            "da", "af", "av", "från", "from", "autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs",
            "verfasser", "verfasserin", "verfasst", "geschrieben", "written", "posted", "published", "publié",
            "veröffentlicht", "publiziert", "erstellt", "eingestellt", "post", "article", "artikel", "beitrag",
            "ein", "blog", "text", "texte", "story", "words", "byline", "credits", "credit", "am", "on", "le", "il",
            "durch", "interview", "escribe", "gespeichert", "geändert", "beiträge", "submitted", "bearbeitet", "zuletzt", "eine", "alle", "beitragvon", "redaktion:", "autor:", "von:", "by:", "text:", "posted:", "publicado", "pubblicato", "escrito",
            "scritto", "rédigé", "écrit", "napisane", "opublikowano", "责任编辑", "编辑", "作者", "记者");
    /** Credits that name nobody. */
    private static final Set<String> NOBODY = Set.of("no author", "unknown", "anonymous", "admin", "administrator",
            "guest", "gast", "redaktion", "editor", "editors", "staff", "team", "webmaster", "null", "none");
    /** Desk credits: no person, but the page's own word for who wrote it. */
    private static final Set<String> DESKS = Set.of("redaktion", "editors", "editorial team", "staff", "team",
            "newsroom", "rédaction", "redacción", "redazione", "redactie", "redakcja");
    /** Job words; a name stops before them ("Evan Halper Staff Writer"). */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "editor", "editors",
            "reporter", "correspondent", "contributor", "columnist", "redakteur", "redakteurin", "korrespondent",
            "korrespondentin", "photographer", "fotograf", "fotografin", "autor", "autorin", "author", "senior",
            "chief", "managing", "deputy", "contributing", "freelance", "freier", "freie", "mitarbeiter",
            "mitarbeiterin", "reporterin", "volontär", "volontärin", "journalist", "journalistin");
    /** Capitalised words that end a name: what follows a name in bylines ("Stand", "Search", "Last updated"). */
    private static final Set<String> STOP_WORDS = Set.of("stand", "search", "suche", "last", "updated", "update",
            "aktualisiert", "veröffentlicht", "published", "originally", "mehr", "more", "follow", "folgen",
            "kontakt", "contact", "email", "e-mail", "mail", "twitter", "facebook", "instagram", "linkedin", "bild",
            "foto", "photo", "quelle", "source", "read", "lesen", "alle", "all", "posts", "artikel", "view",
            "profile", "profil", "share", "teilen", "kommentare", "comments", "uhr", "©", "|", "lesezeit",
            "kategorien", "kategorie", "category", "categories", "redaktion", "reading", "min", "minuten",
            "shares", "zuletzt", "beiträge", "hace", "publicado", "actualizado", "atualizado");
    /** Lower-case words that belong inside names. */
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "del", "della", "di", "da",
            "du", "des", "la", "le", "zu", "zur", "bin", "ibn", "al", "el", "ten", "ter", "y", "dos", "das", "do",
            "st.", "v.", "vom", "und");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[,;&+]\\s*|\\s+(?:and|und|et|y|e|i|en|og|och|oraz|sowie|with|mit)\\s+");
    /** After these a credit goes on with a place, a date or a role ("Jane Roe | Berlin"). */
    private static final Pattern TAIL = Pattern.compile("\\s+[-–—|•·]\\s+.*$|\\s*[|•]\\s*.*$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@\\w+");
    private static final Pattern DEGREE = Pattern.compile("(?i)^(?:ph\\.?\\s?d\\.?|m\\.?d\\.?|mba|jr\\.?|sr\\.?)$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_LENGTH = 60;

    /** How a credit is read. */
    private enum Reading {
        /** printed text: a lower-case word ends a name ("Jane Roe im Gespräch") */
        PRINTED,
        /** printed text, keeping a desk credit ("Redaktion") */
        KEEPING_DESKS,
        /**
         * a field that holds names only (JSON-LD, author meta tags): lower-case, job and desk words belong to the
         * credit as the site gives it ("Ana de la cruz", "Example Redaktion", "HLNF Staff Report")
         */
        NAME_FIELD
    }

    static List<String> split(String credit) {
        return split(credit, Reading.PRINTED);
    }

    /** Like {@link #split(String)}, for a field meant to hold names only, where a lower-case word ends nothing. */
    static List<String> splitNameField(String credit) {
        return split(credit, Reading.NAME_FIELD);
    }

    /**
     * Like {@link #split(String)}, but keeps a desk credit ("Redaktion", "Editors"): for the last resort, when
     * no person is named anywhere on the page.
     */
    static List<String> splitKeepingDesks(String credit) {
        return split(credit, Reading.KEEPING_DESKS);
    }

    private static List<String> split(String credit, Reading reading) {
        boolean keepDesks = reading == Reading.KEEPING_DESKS;
        String s = Texts.clean(credit);
        if (s == null) {
            return List.of();
        }
        s = EMAIL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\(.*?\\)", " ").replaceAll("[：:]", ": ").replaceAll("\\s+", " ").strip();
        s = TAIL.matcher(s).replaceFirst("");
        Set<String> names = new LinkedHashSet<>();
        String previous = null;
        for (String[] piece : parts(s)) {
            String part = piece[1];
            if (part.isBlank()) {
                continue;
            }
            if (previous != null && piece[0].contains(",") && hasRole(part)) {
                continue; // "Tom Krisher, AP Auto Writer": a role set after a name, not a second name
            }
            String p = name(part, reading);
            if (p == null) {
                continue;
            }
            if (DEGREE.matcher(p).matches() && previous != null) {
                // "Michael L. Anderson, PhD": the degree belongs to the name before it.
                names.remove(previous);
                previous = previous + ", " + p;
                names.add(previous);
                continue;
            }
            if (looksLikeName(p) || (keepDesks && DESKS.contains(p.toLowerCase(Locale.ROOT)))) {
                names.add(p);
                previous = p;
            }
        }
        return List.copyOf(names);
    }

    /** The parts of a credit between separators, each as {separator before it ("" for the first), part}. */
    private static List<String[]> parts(String s) {
        List<String[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(s);
        int start = 0;
        String before = "";
        while (m.find()) {
            out.add(new String[] {before, s.substring(start, m.start())});
            before = m.group();
            start = m.end();
        }
        out.add(new String[] {before, s.substring(start)});
        return out;
    }

    private static boolean hasRole(String part) {
        for (String w : part.strip().split("\\s+")) {
            if (!w.isEmpty() && isRole(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The credit as a reader would quote it: from the first name on, without lead words ("By Jane Roe and John
     * Doe" gives "Jane Roe and John Doe"). When it holds more than the names and separators (a role, a date, a
     * place), the names alone, joined by commas.
     */
    static String printed(String credit, List<String> names) {
        String s = Texts.clean(credit);
        if (s == null || names.isEmpty()) {
            return names.isEmpty() ? s : String.join(", ", names);
        }
        int first = -1;
        for (String n : names) {
            int at = s.indexOf(n);
            if (at < 0) {
                return String.join(", ", names);
            }
            first = first < 0 ? at : Math.min(first, at);
        }
        String fromFirst = s.substring(first);
        String rest = fromFirst;
        for (String n : names) {
            rest = rest.replace(n, " ");
        }
        rest = SEPARATOR.matcher(" " + rest + " ").replaceAll(" ").replaceAll("[\\p{Punct}\\s]+", "");
        return rest.isEmpty() ? fromFirst.replaceAll("[\\s,;:|&+-]+$", "") : String.join(", ", names);
    }

    /** One name out of one part of a credit, or null. */
    private static String name(String rawPart, Reading reading) {
        boolean keepDesks = reading == Reading.KEEPING_DESKS;
        String part = afterLabel(rawPart);
        if (keepDesks && DESKS.contains(part.strip().toLowerCase(Locale.ROOT))) {
            return part.strip();
        }
        if (NOBODY.contains(part.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String[] words = part.strip().split("\\s+");
        int start = 0;
        while (start < words.length && isLead(words[start])) {
            start++;
        }
        // A job title before a name ("Rechtsanwalt Jane Roe", "FOCUS-Online-Experte Jane Roe") is no part of it.
        while (start + 2 < words.length && isRole(words[start]) && !isRole(words[start + 1])) {
            start++;
        }
        List<String> kept = new ArrayList<>();
        for (int i = start; i < words.length; i++) {
            String w = words[i];
            boolean first = kept.isEmpty();
            if (w.contains("©") || (!first && w.endsWith(":")) || (!first && (w.startsWith("www.") || w.contains("://")))) {
                break; // a copyright sign, a new label ("Lesezeit:", "Kategorien:") or an address ends the name
            }
            boolean nameField = reading == Reading.NAME_FIELD;
            if (!first && (DIGIT.matcher(w).find() || Months.isMonthOrWeekday(w)
                    || (STOP_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !(nameField && isDeskWord(w)))
                    || (isRole(w) && !nameField) || (!nameField && isLowerNonParticle(w)))) {
                break;
            }
            if (first && (Months.isMonthOrWeekday(w) && i + 1 < words.length && DIGIT.matcher(words[i + 1]).find())) {
                return null; // a date where a name should be
            }
            kept.add(w);
        }
        while (!kept.isEmpty() && PARTICLES.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        String n = String.join(" ", kept).replaceAll("^[\\p{Punct}\\s]+|[^\\p{L}\\p{N}.]+$", "").strip();
        return n.isEmpty() || Character.isDigit(n.codePointAt(0)) ? null : n;
    }

    /**
     * Drops what stands before the name: a short label ending in a colon ("Interview: Jane Roe") or words
     * before a lead word inside the part ("Pressemitteilung von Jane Roe", "Disko Von Jane Roe"). A lower-case
     * "von" counts only when two capitalised words follow, so "Alexa von Heyden" stays whole.
     */
    private static String afterLabel(String part) {
        String p = part.strip();
        int colon = p.lastIndexOf(": ");
        if (colon > 0 && !p.substring(0, colon).strip().contains(" ")) {
            p = p.substring(colon + 2).strip();
        }
        String[] words = p.split("\\s+");
        for (int i = words.length - 2; i >= 1; i--) {
            String w = words[i];
            boolean capitalLead = w.equals("Von") || w.equals("By") || w.equals("Par") || w.equals("Por");
            boolean lowerLead = w.equals("by") || w.equals("par") || w.equals("por") || w.equals("przez")
                    || (w.equals("von") && i + 2 < words.length && startsUpper(words[i + 1]) && startsUpper(words[i + 2])
                            && !PARTICLES.contains(words[i + 1].toLowerCase(Locale.ROOT)));
            if (capitalLead || lowerLead) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
            }
        }
        return p;
    }

    /** "Redaktion", "Staff": in a field meant for names, part of a desk credit as given ("Example Redaktion"). */
    private static boolean isDeskWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return DESKS.contains(l) || NOBODY.contains(l);
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** A job word, also as the end of a compound ("Chefredakteur", "Auslandskorrespondentin"). */
    private static boolean isRole(String w) {
        String l = w.toLowerCase(Locale.ROOT).replaceAll("[.,:;]$", "");
        if (ROLE_WORDS.contains(l)) {
            return true;
        }
        for (String stem : ROLE_STEMS) {
            if (l.endsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ROLE_STEMS = List.of("redakteur", "redakteurin", "korrespondent",
            "korrespondentin", "reporterin", "herausgeber", "herausgeberin", "journalistin", "chefredaktion",
            "experte", "expertin", "anwalt", "anwältin");

    private static boolean isLead(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return LEAD_WORDS.contains(l) || LEAD_WORDS.contains(l.replaceAll("[:.]$", ""));
    }

    private static boolean isLowerNonParticle(String w) {
        return Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    static boolean looksLikeName(String p) {
        if (!HAS_LETTER.matcher(p).find() || p.length() > MAX_NAME_LENGTH) {
            return false;
        }
        if (NOBODY.contains(p.toLowerCase(Locale.ROOT)) || p.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        if (PrintedDates.find(p).isPresent() || Months.isMonthOrWeekday(p)) {
            return false; // "Donnerstag" left of a date is no name
        }
        return !p.startsWith("http") && !p.contains("://");
    }
}
