package io.newsgraph.extract.html.meta;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the published and the modified date of a page, kept apart. Sources for published, in order:
 * JSON-LD, meta tags, microdata and RDFa ({@code datePublished}, {@code dateCreated}), {@code <time>}
 * elements, then printed datelines next to the headline or labelled as such, then a meta tag that says only
 * "date", then an element with a date class anywhere or a date opening the first paragraphs, then the URL. Modified comes only from sources that
 * say "modified" or "updated", and published never falls back to it; but when the page prints its modified
 * date and nowhere its published date, the page shows itself by the modified date and that is its date, and a
 * page without any other date is dated by a printed line of last change ("Stand: 30.12.2016"). Scripts
 * other than JSON-LD are never read, and elements in foreign zones (teasers, comments, page footers) are skipped.
 */
final class PageDates {
    private PageDates() {}

    /**
     * The two dates, ISO-8601 local; either may be null. Immutable.
     *
     * @param published first publication
     * @param modified  last modification
     */
    record Dates(String published, String modified) {}

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "article:published", "og:published_time", "published_time", "datepublished", "date.published",
            "article.published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "citation_publication_date", "citation_date", "citation_online_date",
            "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
            "pub_date", "originalpublicationdate", "article_date_original"};
    /**
     * Meta tags that say "date" without saying which: content systems fill them with the publication date,
     * the last edit or the moment the page was rendered. A date the page marks with {@code <time>}, prints next
     * to the headline or labels as its date is trusted more; a date-classed element elsewhere on the page (a site
     * header's "Mittwoch, 26.02.2020", an events box) less.
     */
    private static final String[] UNSPECIFIC_META = {"dc.date", "dcterms.date", "date", "created", "creation_date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:article:modified_time",
            "og:updated_time", "article:modified", "modified_time", "datemodified", "date.modified",
            "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "revised", "updated",
            "date_modified", "sailthru.lastmodified"};

    private static final Pattern UPDATED_CLASS = Pattern.compile("(?i)updated|modified|aktualisiert|changed");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)(?:^|[-_ ])(?:date|dates|datum|time|timestamp|published|pubdate|posted|post-?date|entry-?date|"
                    + "dateline|byline|meta|post-?meta|entry-?meta|article-?meta|info|post-?info|publish\\w*|"
                    + "zeit|datetime|created|metadata|meta-?data|docdata|authored|subtitle|subline)(?:$|[-_ ])");
    private static final Pattern UPDATED_WORDS = Pattern.compile(
            "(?i)\\b(?:updated?|aktualisiert|geändert|modifié|mis à jour|zuletzt|last modified)\\b");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i)\\b(?:veröffentlicht|publiziert|erschienen|published|posted|publié|mise? en ligne|pubblicato|publicado|"
                    + "opublikowano|gepubliceerd|geschrieben am|erstellt am|datum|date|pressemitteilung|meldung)\\b"
                    + "|\\bvom\\s+\\d", Pattern.UNICODE_CASE);
    /** A span of days: "vom 26. November bis 2. Dezember", "from May 3 to May 5". */
    private static final Pattern RANGE = Pattern.compile("(?i)\\d\\.?\\s*(?:\\p{L}+\\.?\\s+)?(?:\\d{4}\\s+)?(?:bis|to|until|au|al)\\s+\\d");
    /** "Gespeichert von Jane Roe am 24. Juli 2017": a label only in a short line, since body text says "am 3." too. */
    private static final Pattern SHORT_LABEL = Pattern.compile("\\bam\\s+\\d");
    private static final Set<String> LABEL_TAGS = Set.of("p", "span", "div", "li", "small", "em", "dd", "td");
    private static final Set<String> UPDATED_LINE_TAGS = Set.of("p", "span", "div", "li", "small", "em", "dd", "dt", "td", "label", "b", "strong");
    /** A date at the very start of a paragraph, in brackets or ended by a dash, a bar or an opening quote. */
    private static final Pattern OPENING_DATE = Pattern.compile("^(?:\\((.{6,30}?)\\)|(.{6,30}?)\\s*(?:[-–—|]|„|\"|«))");
    private static final int LEAD_PARAGRAPHS = 3;
    /** Hours in which a UTC time and the local day may disagree. */
    private static final int NIGHT_START = 19;
    private static final int NIGHT_END = 5;
    private static final int ELEMENTS_AFTER_HEADLINE = 40;
    private static final int ELEMENTS_BEFORE_HEADLINE = 12;
    private static final int MAX_NEAR_LENGTH = 80;
    private static final int MAX_DATELINE_LENGTH = 120;
    /** Characters after a date label in which its date is looked for ("vom 25. September 2022, 14:30"). */
    private static final int AFTER_LABEL = 40;
    /** Longest text of an element marked as a date (microdata, {@code <time>}) that is read for a printed date. */
    private static final int MAX_MARKED_LENGTH = 200;

    /**
     * @param language the page's declared language tag as written ("de", "en-GB", "es_AR"), or null: slashed
     *                 dates ("03/05/2022") are read day first unless it is English of the US or unspecified
     */
    static Dates read(Document doc, PageZones zones, MetaTags meta, JsonLdFacts ld, String url, String language) {
        boolean dayFirst = dayFirst(language);
        String modified = MachineDates.normalise(ld.modified())
                .or(() -> firstMachine(meta, MODIFIED_META))
                .or(() -> microdata(doc, zones, "dateModified", dayFirst))
                .or(() -> timeElement(doc, zones, true, dayFirst))
                .orElse(null);
        Optional<String> machine = MachineDates.normalise(ld.published())
                .or(() -> firstMachine(meta, PUBLISHED_META))
                .or(() -> microdata(doc, zones, "datePublished", dayFirst))
                .or(() -> microdata(doc, zones, "dateCreated", dayFirst));
        // looked for only when needed (no machine date, or one near midnight): each source walks the whole page
        Supplier<Optional<String>> printed = () -> nearHeadline(doc, zones, dayFirst)
                .or(() -> labelledDate(doc, zones, dayFirst))
                .or(() -> dateline(doc, zones, dayFirst))
                .or(() -> leadParagraph(doc, zones, dayFirst));
        // Near midnight the printed day is checked against the machine one. The line by the headline is the
        // page's own; a date elsewhere may be the day the page was rendered ("Wednesday, 4 May 2022" in the
        // site header), so it is heard only when the machine time is in UTC: a time with another offset is
        // already the local time readers saw.
        String machineRaw = MachineDates.normalise(ld.published()).isPresent() ? ld.published()
                : firstRawMachine(meta, PUBLISHED_META);
        boolean localTime = MachineDates.hasLocalOffset(machineRaw);
        Supplier<Optional<String>> check = () -> nearHeadline(doc, zones, dayFirst)
                .or(() -> localTime ? Optional.empty() : printed.get());
        String published = machine.map(m -> preferPrinted(m, check))
                .or(() -> timeElement(doc, zones, false, dayFirst))
                .or(() -> nearHeadline(doc, zones, dayFirst))
                .or(() -> labelledDate(doc, zones, dayFirst))
                .or(() -> firstMachine(meta, UNSPECIFIC_META))
                .or(() -> dateline(doc, zones, dayFirst))
                .or(() -> leadParagraph(doc, zones, dayFirst))
                .or(() -> UrlDates.find(url, dayFirst))
                .orElse(null);
        if (published == null && modified == null) {
            // A page that prints only when it was last changed ("Stand: 30.12.2016", "Letzte Änderung: …") is
            // dated by that: it is the only date the page gives its text.
            modified = updatedLine(doc, zones, dayFirst).orElse(null);
            published = modified;
        }
        if (published != null && modified != null && !sameDay(published, modified)) {
            PrintedDays shown = printedDays(doc, zones, published, modified, dayFirst);
            if (shown.second() && !shown.first()) {
                published = modified;
            }
        }
        return new Dates(published, modified);
    }

    /** English pages of these regions print day first; other English pages (US, or no region) month first. */
    private static final java.util.Set<String> DAY_FIRST_ENGLISH = java.util.Set.of("gb", "uk", "ie", "au", "nz",
            "in", "za", "sg", "hk", "pk", "ng", "ke");

    static boolean dayFirst(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        String[] parts = language.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]");
        if (!parts[0].matches("[a-z]{2,3}")) {
            return false;
        }
        return !parts[0].equals("en") || (parts.length > 1 && DAY_FIRST_ENGLISH.contains(parts[1]));
    }

    /** Whether each of two dates is printed on the page (outside foreign zones), by calendar day. */
    private record PrintedDays(boolean first, boolean second) {}

    private static boolean sameDay(String a, String b) {
        return a.length() >= 10 && b.length() >= 10 && a.regionMatches(0, b, 0, 10);
    }

    /**
     * Which of two dates the page prints in a short line of its own (a dateline, "Updated May 3, 2024"),
     * outside foreign zones. Readers date a page by what it shows: when the machine published date is
     * printed nowhere but the modified date is, the page presents itself by the modified date, and that is
     * its date. Walks the page once, reading only elements whose own text holds a digit, and stops as soon
     * as the first date is found printed.
     */
    private static PrintedDays printedDays(Document doc, PageZones zones, String first, String second, boolean dayFirst) {
        boolean sawSecond = false;
        if (doc.body() == null) {
            return new PrintedDays(false, false);
        }
        for (Element e : zones.bodyElements()) {
            if (!ownTextHasDigit(e) || zones.isForeign(e)) {
                continue;
            }
            Optional<String> d = PrintedDates.find(Texts.spaced(e, MAX_MARKED_LENGTH), dayFirst);
            if (d.isEmpty()) {
                continue;
            }
            if (sameDay(d.get(), first)) {
                return new PrintedDays(true, sawSecond);
            }
            sawSecond |= sameDay(d.get(), second);
        }
        return new PrintedDays(false, sawSecond);
    }

    private static boolean ownTextHasDigit(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t) {
                String text = t.getWholeText();
                for (int j = 0; j < text.length(); j++) {
                    if (Character.isDigit(text.charAt(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A machine date close to midnight is often in UTC ("2022-05-04T00:53Z") while the page prints the local
     * day ("3 May 2022"). When the printed date is exactly the day before or after, the printed day is what
     * readers saw, and it is kept (as a date without time).
     */
    private static String preferPrinted(String machine, Supplier<Optional<String>> printedDate) {
        if (machine.length() < 16) {
            return machine;
        }
        int hour = Integer.parseInt(machine.substring(11, 13));
        if (hour > NIGHT_END && hour < NIGHT_START) {
            return machine;
        }
        Optional<String> printed = printedDate.get();
        if (printed.isEmpty()) {
            return machine;
        }
        try {
            LocalDate m = LocalDate.parse(machine.substring(0, 10));
            LocalDate p = LocalDate.parse(printed.get().substring(0, 10));
            return Math.abs(ChronoUnit.DAYS.between(m, p)) == 1 ? p.toString() : machine;
        } catch (RuntimeException e) {
            return machine;
        }
    }

    /** The first meta value of the keys that reads as a date, as written. */
    private static String firstRawMachine(MetaTags meta, String[] keys) {
        for (String key : keys) {
            for (String v : meta.all(key)) {
                if (MachineDates.normalise(v).isPresent()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static Optional<String> firstMachine(MetaTags meta, String[] keys) {
        for (String key : keys) {
            for (String v : meta.all(key)) {
                Optional<String> d = MachineDates.normalise(v);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The selector of each microdata date property, parsed once: parsing compiles its regex. */
    private static final Map<String, Evaluator> MICRODATA = Stream.of("dateModified", "datePublished", "dateCreated")
            .collect(Collectors.toMap(prop -> prop, prop ->
                    QueryParser.parse("[itemprop=" + prop + "], [property~=(?i)^(schema:|dc:|dcterms:)?" + prop + "$]")));

    private static Optional<String> microdata(Document doc, PageZones zones, String prop, boolean dayFirst) {
        for (Element e : doc.select(MICRODATA.get(prop))) {
            if (zones.isForeign(e)) {
                continue;
            }
            Optional<String> d = MachineDates.normalise(Texts.firstNonBlank(e.attr("content"), e.attr("datetime")))
                    .or(() -> PrintedDates.find(Texts.spaced(e, MAX_MARKED_LENGTH), dayFirst));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A {@code <time>} element; {@code updated} picks those marked as an update, else those that are not. */
    private static Optional<String> timeElement(Document doc, PageZones zones, boolean updated, boolean dayFirst) {
        for (Element t : doc.select("time, abbr[title]")) {
            if (zones.isForeign(t)) {
                continue;
            }
            boolean marked = UPDATED_CLASS.matcher(t.className() + " " + t.attr("itemprop")).find()
                    || (t.parent() != null && UPDATED_CLASS.matcher(t.parent().className()).find())
                    || UPDATED_WORDS.matcher(precedingText(t)).find();
            if (marked != updated) {
                continue;
            }
            if (t.normalName().equals("abbr") && !DATE_CLASS.matcher(t.className()).find()) {
                continue;
            }
            // A datetime in another form than year-month-day ("01-11-2023") is ambiguous; the printed date
            // ("1. November 2023") is what readers see, so it is read before such a datetime.
            String machine = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("title");
            Optional<String> d = MachineDates.iso(machine)
                    .or(() -> PrintedDates.find(Texts.spaced(t, MAX_MARKED_LENGTH), dayFirst))
                    .or(() -> MachineDates.normalise(machine));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Labels of a date of last change, at the start of a short line. */
    private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)^(?:zuletzt\\s+)?(?:aktualisiert|geändert|"
            + "letzte\\s+(?:änderung|aktualisierung)|stand|last\\s+(?:updated|modified)|updated|modifié|mis à jour)"
            + "(?:\\s+(?:am|on|le))?\\s*:?", Pattern.UNICODE_CASE);

    /**
     * A short line that opens with a label of last change and gives a date: "Aktualisiert am 17.01.2021",
     * "Stand: 30.12.2016", "Letzte Änderung: 14.01.2022 um 09:25". The date may sit in the next element.
     */
    private static Optional<String> updatedLine(Document doc, PageZones zones, boolean dayFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : zones.elements(UPDATED_LINE_TAGS)) {
            String own = zones.ownText(e);
            if (own == null || own.length() > MAX_NEAR_LENGTH || !UPDATED_LABEL.matcher(own).lookingAt()
                    || zones.isForeign(e)) {
                continue;
            }
            Optional<String> d = dateInOrAbove(e, doc.body(), MAX_NEAR_LENGTH, dayFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A short line that says what its date is: "Veröffentlicht am 16.08.2019", "Published on May 3, 2024". */
    private static Optional<String> labelledDate(Document doc, PageZones zones, boolean dayFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : zones.elements(LABEL_TAGS)) {
            String own = zones.ownText(e);
            Matcher label = own == null ? null : PUBLISHED_LABEL.matcher(own);
            boolean labelled = label != null && label.find();
            if (!labelled && !(own != null && own.length() <= MAX_NEAR_LENGTH && SHORT_LABEL.matcher(own).find())
                    || zones.isForeign(e)) {
                continue;
            }
            if (labelled && label.start() == 0) {
                // A paragraph that opens with the label and goes on with the text
                // ("Pressemitteilung vom 25. Januar 2022 | Berlin – Die …"): the date right after the label.
                String window = own.substring(0, Math.min(own.length(), label.end() + AFTER_LABEL));
                if (RANGE.matcher(window).find()) {
                    continue; // "Vom 26. November bis 2. Dezember 2022 tagt …": an event's dates, not the page's
                }
                Optional<String> right = PrintedDates.find(window, dayFirst);
                if (right.isPresent()) {
                    return right;
                }
            }
            // The label and the date may sit in sibling elements: "<span>Datum</span> <span>25.01.2022</span>".
            Optional<String> d = dateInOrAbove(e, doc.body(), MAX_DATELINE_LENGTH, dayFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date printed in {@code e}, else in its nearest ancestor below the body whose text is still short. */
    private static Optional<String> dateInOrAbove(Element e, Element body, int maxLength, boolean dayFirst) {
        for (Element scope = e; scope != null && scope != body; scope = scope.parent()) {
            String text = Texts.spaced(scope, maxLength);
            if (text == null) {
                break;
            }
            Optional<String> d = PrintedDates.find(text, dayFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * A short line close to the headline that holds a date: "Bonn, 11.10.2021" above it, "1. Februar 2022,
     * Jane Roe" below it. Looks after the headline first, then before it.
     */
    private static Optional<String> nearHeadline(Document doc, PageZones zones, boolean dayFirst) {
        Element h1 = zones.headline();
        if (h1 == null) {
            return Optional.empty();
        }
        List<Element> all = zones.bodyElements();
        int at = all.indexOf(h1);
        if (at < 0) {
            return Optional.empty();
        }
        int after = Math.min(all.size(), at + ELEMENTS_AFTER_HEADLINE);
        int before = Math.max(0, at - ELEMENTS_BEFORE_HEADLINE);
        List<Element> window = new ArrayList<>(all.subList(at + 1, after));
        List<Element> preceding = new ArrayList<>(all.subList(before, at));
        Collections.reverse(preceding);
        window.addAll(preceding);
        for (Element e : window) {
            if (h1 == e || e.ownText().isBlank()) {
                continue;
            }
            String text = Texts.spaced(e, MAX_NEAR_LENGTH);
            if (text == null || zones.isForeign(e)
                    || (UPDATED_WORDS.matcher(text).find() && !PUBLISHED_LABEL.matcher(text).find())) {
                continue;
            }
            Optional<String> d = PrintedDates.find(text, dayFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * A dateline that opens the article's text: "29.11.2022 – Mehrfach hatte …", "27.1.2022 - Bei der …".
     * Only the first few paragraphs of the main article count, and only a date right at their start.
     */
    private static Optional<String> leadParagraph(Document doc, PageZones zones, boolean dayFirst) {
        Element scope = zones.mainArticle() != null ? zones.mainArticle() : doc.body();
        if (scope == null) {
            return Optional.empty();
        }
        // Without a main article, the text starts after the headline, not with the page's first paragraphs.
        Element headline = zones.mainArticle() == null ? zones.headline() : null;
        boolean started = headline == null;
        int seen = 0;
        for (Element p : scope.select(headline == null ? "p" : "p, h1")) {
            if (p == headline) {
                started = true;
                continue;
            }
            String text = Texts.clean(p.text());
            if (!started || !p.normalName().equals("p") || text == null || zones.isForeign(p)) {
                continue;
            }
            Matcher m = OPENING_DATE.matcher(text);
            if (m.find()) {
                Optional<String> d = PrintedDates.find(m.group(1) != null ? m.group(1) : m.group(2), dayFirst);
                if (d.isPresent()) {
                    return d;
                }
            }
            if (++seen >= LEAD_PARAGRAPHS) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A short element whose class says it holds the date, read as printed text. */
    private static Optional<String> dateline(Document doc, PageZones zones, boolean dayFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : zones.bodyElements()) {
            if (!hasDateName(e.className()) && !hasDateName(e.id())) {
                continue;
            }
            String text = Texts.spaced(e, MAX_DATELINE_LENGTH);
            if (text == null || zones.isForeign(e)) {
                continue;
            }
            if (UPDATED_WORDS.matcher(text).find() && !text.matches("(?is).*(?:published|veröffentlicht|erschienen).*")) {
                continue;
            }
            Optional<String> d = PrintedDates.find(text, dayFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static boolean hasDateName(String classOrId) {
        return !classOrId.isEmpty() && DATE_CLASS.matcher(classOrId).find();
    }

    /** The few words just before an element inside its parent ("Updated: <time>"). */
    private static String precedingText(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return "";
        }
        String own = parent.ownText();
        return own.length() > 40 ? own.substring(own.length() - 40) : own;
    }
}
