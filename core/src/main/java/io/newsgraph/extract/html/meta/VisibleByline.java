package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the author credit a reader sees: an element marked as author ({@code rel=author},
 * {@code itemprop=author}, an author or byline class), else a short line that starts with "By"/"Von"/….
 * Elements in comments, teasers, sidebars and the page footer are skipped (see {@link PageZones}).
 */
final class VisibleByline {
    private VisibleByline() {}

    /**
     * The credit as printed and the names in it. Immutable.
     *
     * @param text   the credit, whitespace collapsed
     * @param names  the names, at least one
     * @param marked true when the page marks it as the author credit ({@code rel=author},
     *               {@code itemprop=author} or a byline class), false when it was found by its wording
     */
    record Credit(String text, List<String> names, boolean marked) {}

    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)(^|[-_ ])(byline|by-line)($|[-_ ])");

    /**
     * Parsed once: parsing compiles its regexes. {@code <byline>} is the element news systems built on NITF
     * and NewsML (the news industry's markup) print the credit in.
     */
    private static final Evaluator MARKED = QueryParser.parse("byline, [rel=author], [itemprop=author], [itemprop=creator], "
            + "[class~=(?i)(^|[-_ ])(author|authors|autor|autoren|byline|by-line|writer|creator|verfasser|"
            + "posted-by|postedby|author-name|authorname|username|submitted)($|[-_ ])], "
            + "[id~=(?i)(^|[-_ ])(author|byline|autor)($|[-_ ])]");
    /** Each class or id word {@link #MARKED} names contains one of these. */
    private static final List<String> MARKED_NAME_PARTS = List.of("aut", "byline", "by-line", "writer", "creator",
            "verfasser", "posted", "username", "submitted");
    /** Box-like author elements (bios, avatars, "more by") hold more than a name; their text is not a credit. */
    private static final Pattern NOT_A_CREDIT = Pattern.compile("(?i)(^|[-_ ])(bio|biography|avatar|image|img|photo|"
            + "description|about|info-box|box|more|links?|social|follow|title)($|[-_ ])");
    private static final Pattern LEAD_LINE = Pattern.compile(
            "^(?i:by|von|par|door|por|przez|di|text:|texte:|autor\\s?:?|autorin:?|autoren:?|author:|auteur\\s?:|gespeichert von|"
                    + "(?:ein |eine )?(?:artikel|beitrag|blog beitrag|blogbeitrag|gastbeitrag|kommentar|kolumne|bericht|reportage) von|"
                    + "posted by|written by|geschrieben von|verfasst von|escrito por|écrit par|"
                    + "(?:text|fotos?|bilder|interview)(?: und \\p{L}+)? von):?\\s+\\p{Lu}.*");
    /** An element that holds only the lead word; the name follows in the next element. */
    private static final Pattern LEAD_ONLY = Pattern.compile(
            "(?i)^\\|?\\s*(?:by|von|par|por|door|autor|autorin|author|autoren|authors|verfasser|written by|posted by|"
                    + "geschrieben von|veröffentlicht von|text)\\s*:?$");
    private static final int MAX_CREDIT_LENGTH = 120;
    private static final Set<String> LEAD_TAGS = Set.of("p", "span", "div", "li", "dt", "h4", "h5", "h6", "strong", "b", "label");
    private static final Set<String> CREDIT_TAGS = Set.of("p", "span", "div", "li", "address", "small", "em", "i", "strong", "b");
    /** Longest text of an element that holds only a lead word ("Written by"). */
    private static final int MAX_LEAD_ONLY = 40;
    /** Most nodes searched under a credit for its name part; author boxes are far smaller. */
    private static final int MAX_SEARCH_NODES = Texts.MAX_SHORT_NODES;
    private static final int NEAR_HEADLINE = 30;
    private static final int ABOVE_HEADLINE = 6;
    private static final int MAX_DATELINE = 80;

    /**
     * @param siteNames the site's names: a credit that names only the site ("By The Daily Example") is kept as
     *                  the last resort, and the search goes on for a person's credit further down
     */
    static Optional<Credit> find(Document doc, PageZones zones, List<String> siteNames) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        List<String> keys = siteNames.stream().map(TitleCleaner::key).filter(k -> k != null && k.length() >= 3).toList();
        Credit[] siteOnly = {null};
        // Past a site's credit, only a credit with a person's name ("Jane Roe") counts: further down the page
        // marked elements also hold links such as "Alle Beiträge von …" and times such as "vor 5 Stunden".
        Predicate<Credit> person = c -> {
            if (c.names().stream().anyMatch(n -> !TitleCleaner.isSite(n, keys)
                    && (siteOnly[0] == null || Copyright.isPersonLike(n)))) {
                return true;
            }
            if (siteOnly[0] == null) {
                siteOnly[0] = c;
            }
            return false;
        };
        for (Element e : doc.getAllElements()) {
            if (!mayBeMarked(e) || !MARKED.matches(doc, e) || zones.isForeign(e) || NOT_A_CREDIT.matcher(e.className()).find()) {
                continue;
            }
            Optional<Credit> c = credit(e);
            if (c.isPresent() && person.test(c.get())) {
                return c;
            }
        }
        for (Element e : zones.elements(LEAD_TAGS)) {
            String text = Texts.spaced(e, MAX_LEAD_ONLY);
            if (text == null || !LEAD_ONLY.matcher(text).matches() || zones.isForeign(e)) {
                continue;
            }
            String credit = followingText(e);
            if (credit != null) {
                List<String> names = AuthorNames.split(credit);
                if (!names.isEmpty() && person.test(new Credit(text + " " + credit, names, false))) {
                    return Optional.of(new Credit(text + " " + credit, names, false));
                }
            }
        }
        for (Element e : zones.elements(CREDIT_TAGS)) {
            if (zones.ownText(e) == null) {
                continue;
            }
            String text = Texts.spaced(e, MAX_CREDIT_LENGTH);
            if (text == null || !LEAD_LINE.matcher(text).matches()) {
                continue;
            }
            if (zones.isForeign(e)) {
                continue;
            }
            List<String> names = AuthorNames.split(text);
            if (!names.isEmpty() && person.test(new Credit(text, names, false))) {
                return Optional.of(new Credit(text, names, false));
            }
        }
        return datelineCredit(doc, zones).or(() -> signOff(doc, zones)).or(() -> Optional.ofNullable(siteOnly[0]));
    }

    /**
     * A quick test that {@link #MARKED} may match: its tag, its rel or itemprop attribute, or a part of one of its
     * class and id words. Matching MARKED's regular expressions against every class name of a page is costly.
     */
    private static boolean mayBeMarked(Element e) {
        if (e.normalName().equals("byline") || e.hasAttr("rel") || e.hasAttr("itemprop")) {
            return true;
        }
        String names = e.className();
        if (e.hasAttr("id")) {
            names = names + " " + e.id();
        }
        if (names.isEmpty()) {
            return false;
        }
        names = names.toLowerCase(Locale.ROOT);
        for (String part : MARKED_NAME_PARTS) {
            if (names.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What follows an element that holds only a lead word: the text right after it ("<b>Von:</b><br>Jane
     * Roe"), else the next element, else the element after its parent.
     */
    private static String followingText(Element lead) {
        for (Node n = lead.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return Texts.clean(t.text());
                }
            } else if (!(n instanceof Element br && br.normalName().equals("br"))) {
                break;
            }
        }
        Element next = lead.nextElementSibling() != null ? lead.nextElementSibling()
                : lead.parent() == null ? null : lead.parent().nextElementSibling();
        return next == null ? null : Texts.spaced(next, MAX_CREDIT_LENGTH);
    }

    /**
     * A short line next to the headline that gives a date and then a name: "25.10.2022 - Jane Roe",
     * "04.02.2022 | 13:10 Uhr | Jane Roe". The name is the last part and must look like a person's.
     */
    private static Optional<Credit> datelineCredit(Document doc, PageZones zones) {
        Element h1 = zones.headline();
        if (h1 == null || doc.body() == null) {
            return Optional.empty();
        }
        List<Element> all = zones.bodyElements();
        int at = all.indexOf(h1);
        if (at < 0) {
            return Optional.empty();
        }
        // After the headline first, then the few elements above it, where many sites set the dateline.
        List<Element> window = new ArrayList<>(all.subList(at + 1, Math.min(all.size(), at + NEAR_HEADLINE)));
        List<Element> above = new ArrayList<>(all.subList(Math.max(0, at - ABOVE_HEADLINE), at));
        Collections.reverse(above);
        window.addAll(above);
        List<Element> holdingHeadline = h1.parents();
        for (Element e : window) {
            if (e.ownText().isBlank() || holdingHeadline.contains(e)) {
                continue;
            }
            String text = Texts.spaced(e, MAX_DATELINE);
            if (text == null || zones.isForeign(e)) {
                continue;
            }
            String[] parts = text.split("\\s+[|–—-]\\s+|,\\s+");
            String last = parts[parts.length - 1].strip();
            if (parts.length >= 2 && PrintedDates.find(parts[0]).isPresent() && Copyright.isPersonLike(last)) {
                return Optional.of(new Credit(text, List.of(last), false));
            }
        }
        return Optional.empty();
    }

    /**
     * A sign-off under the text: the last paragraph of the main article when it is only a name set in bold
     * or italics ("<p><b><i>Jane Roe</i></b></p>"), as small sites and agencies print it.
     */
    private static Optional<Credit> signOff(Document doc, PageZones zones) {
        Element scope = zones.mainArticle() != null ? zones.mainArticle() : doc.body();
        Element last = null;
        for (Element p : scope.select("p")) {
            if (Texts.clean(p.text()) != null && !zones.isForeign(p)) {
                last = p;
            }
        }
        if (last == null || !last.ownText().isBlank()) {
            return Optional.empty();
        }
        Element emphasis = last.selectFirst("b, i, em, strong");
        String text = Texts.clean(last.text());
        if (emphasis == null || !text.equals(Texts.clean(emphasis.text())) || !Copyright.isPersonLike(text)) {
            return Optional.empty();
        }
        return Optional.of(new Credit(text, List.of(text), false));
    }

    private static Optional<Credit> credit(Element e) {
        Element named = Texts.findWithin(e, x -> hasValue(x, "itemprop", "name") && !inOtherItem(x, e), MAX_SEARCH_NODES);
        if (named == null) {
            // "Text: <span itemprop=author>Jane Roe</span> / <span itemprop=publisher>…": the author part only
            named = Texts.findWithin(e, x -> x != e && hasValue(x, "itemprop", "author"), MAX_SEARCH_NODES);
        }
        String text = named != null
                ? Texts.firstNonBlank(named.attr("content"), Texts.spaced(named, MAX_CREDIT_LENGTH))
                : Texts.firstNonBlank(e.attr("content"), Texts.spaced(e, MAX_CREDIT_LENGTH));
        if (text == null || text.length() > MAX_CREDIT_LENGTH) {
            return Optional.empty();
        }
        List<String> names = AuthorNames.split(text);
        boolean marked = e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author")
                || BYLINE_CLASS.matcher(e.className()).find() || e.normalName().equals("byline")
                || Texts.findWithin(e, x -> hasValue(x, "rel", "author"), MAX_SEARCH_NODES) != null;
        return names.isEmpty() ? Optional.empty() : Optional.of(new Credit(text, names, marked));
    }

    /**
     * True when the name belongs to another item nested in the credit: "Text: <span itemprop=author>Jane
     * Roe</span> / <span itemprop=publisher itemscope><span itemprop=name>Daily Example</span></span>".
     */
    private static boolean inOtherItem(Element name, Element credit) {
        for (Element x = name.parent(); x != null && x != credit; x = x.parent()) {
            if (x.hasAttr("itemscope") && !hasValue(x, "itemprop", "author") && !hasValue(x, "itemprop", "creator")) {
                return true;
            }
        }
        return false;
    }

    /** Like the selector {@code [name=value]}: the attribute's value, trimmed, equals the given one ignoring case. */
    private static boolean hasValue(Element x, String name, String value) {
        return x.hasAttr(name) && x.attr(name).strip().equalsIgnoreCase(value);
    }
}
