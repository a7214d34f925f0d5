package io.newsgraph.extract.html.meta;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Chooses the page's headline. The candidates are og:title, the JSON-LD headline, twitter:title,
 * {@code <title>} (each without the site name, see {@link TitleCleaner}) and the page's h1. An h1 that
 * another source confirms is the best choice, since it is what readers see; otherwise the metadata
 * titles come first and the h1 only when nothing else is there.
 */
final class PageTitle {
    private PageTitle() {}

    /** Shortest heading that may stand for a longer declared title; shorter ones ("News") match too easily. */
    private static final Set<String> H1 = Set.of("h1");
    private static final Set<String> H1_H2 = Set.of("h1", "h2");
    private static final Set<String> H1_H2_P = Set.of("h1", "h2", "p");
    private static final int MIN_PART = 8;
    /**
     * Kickers, text for screen readers only, and ruby readings (the kana over Japanese characters).
     * Parsed once: parsing compiles its regex, and it is applied to every heading of the page.
     */
    private static final Evaluator HIDDEN_PARTS = QueryParser.parse("[class~=(?i)kicker|overline|dachzeile|topline|roofline|eyebrow|"
            + "visually-hidden|sr-only|screen-reader|screenreader|hidden|label], rt, rp");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[:;,.|/\\-–—\\s]+(?=\\p{L})");
    private static final Pattern CUT_AT_QUOTE = Pattern.compile("\\s*\"");
    /**
     * A run of marks before the first word, at least one of them no bracket: "[> ", "• ". "[Update]" is kept,
     * and so are "»" and "*", which open quotes and emphasis.
     */
    private static final Pattern ORNAMENT = Pattern.compile(
            "^[\\[\\]<>•·|~=/\\\\:;\\s]*[<>•·|~=/\\\\:;][\\[\\]<>•·|~=/\\\\:;\\s]*(?=[\\p{L}\\p{N}])");
    private static final Pattern FOLDED = Pattern.compile("[\\s\\p{Punct}„“”‘’«»–—]+");

    static String choose(Document doc, PageZones zones, MetaTags meta, JsonLdFacts ld, List<String> siteNames) {
        String t = chooseAsPrinted(doc, zones, meta, ld, siteNames);
        // Unicode's canonical form: pages mix precomposed and decomposed letters (Bengali "ড়", "é"), and a
        // title compared, searched or deduplicated must not depend on which one the page used.
        return t == null ? null : Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static String chooseAsPrinted(Document doc, PageZones zones, MetaTags meta, JsonLdFacts ld, List<String> siteNames) {
        List<String> declared = new ArrayList<>();
        for (String raw : new String[] {meta.first("og:title"), ld.headline(), meta.first("twitter:title"),
                meta.first("dc.title", "citation_title", "parsely-title", "sailthru.title", "title"),
                doc.title()}) {
            String c = TitleCleaner.clean(raw, siteNames);
            if (c != null) {
                declared.add(c);
            }
        }
        mendCutAtQuote(declared);
        List<Heading> headings = headings(zones);
        List<Heading> h1s = headings(zones.elements(H1), zones);
        if (h1s.size() > 1 && zones.mainArticle() != null) {
            // Several h1s (logo, teasers): the one inside the main article is the headline.
            List<Heading> inMain = headings(zones.mainArticle().select("h1"), zones);
            if (inMain.size() == 1) {
                h1s = inMain;
            }
        }
        // A heading the metadata names exactly is the headline, even when the page's only h1 is a section name.
        // So is the part of a heading after a kicker set in its own element ("<span>Tunesien</span> Große
        // Aufgaben …") when the metadata name that part.
        for (Heading h : headings) {
            for (String d : declared) {
                if (fold(h.text()).equals(fold(d))) {
                    return withoutDecoration(h.text(), d);
                }
                if (h.afterLead() != null && (fold(h.afterLead()).equals(fold(d))
                        || fold(d).equals(fold(h.lead()) + " " + fold(h.afterLead())))) {
                    // the metadata name the part after the kicker, or kicker and headline as two parts
                    return h.afterLead();
                }
            }
        }
        if (h1s.size() == 1 && h1s.get(0).text().length() >= MIN_PART
                && !TitleCleaner.isSite(h1s.get(0).text(), keys(siteNames))) {
            // One h1 is what readers see as the headline; metadata titles are often rewritten for search engines.
            String h1 = h1s.get(0).text();
            // Some pages repeat the whole <title>, site name included, in a hidden h1, or put the site name in
            // their h1 after a bar: the h1 cleaned like a <title> is taken when the metadata agree with it.
            // Only a bar counts here: a dash in a visible headline is the headline's own ("… – so geht's!").
            String cleaned = TitleCleaner.clean(h1, siteNames);
            boolean confirmed = h1.contains("|") && declared.stream().anyMatch(d -> fold(d).equals(fold(cleaned)));
            return h1.equals(Texts.clean(doc.title())) || confirmed ? cleaned : h1;
        }
        // An h1 that is the start or the end of a declared title: "Headline" in "Headline - Section" or in
        // "Kicker: Headline". The declared title carries what readers do not see as the headline.
        // The longest such heading: a section name ("Fachmeldungen") may open the declared title too.
        String part = null;
        for (Heading heading : headings) {
            String h = heading.text();
            for (String d : declared) {
                String fh = fold(h);
                String fd = fold(d);
                if (fh.length() >= MIN_PART && (fd.startsWith(fh + " ") || fd.endsWith(" " + fh))
                        && (part == null || h.length() > part.length())) {
                    part = h;
                }
            }
        }
        if (part != null) {
            return part;
        }
        if (!declared.isEmpty()) {
            return declared.get(0);
        }
        return leadingHeading(doc, zones);
    }

    /**
     * The first h1 or h2 of the page, where an h2 counts only when no paragraph of text comes before it in
     * the same container: such an h2 is a section heading inside the body ("What comes next"), not the page's
     * headline. A paragraph elsewhere (a site's tagline in the header) does not count.
     */
    private static String leadingHeading(Document doc, PageZones zones) {
        if (doc.body() == null) {
            return null;
        }
        Set<Element> withText = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : zones.elements(H1_H2_P)) {
            if (e.normalName().equals("p")) {
                if (e.parent() != null && e.hasText() && !zones.isForeign(e)) {
                    withText.add(e.parent());
                }
                continue;
            }
            if ((e.normalName().equals("h2") && withText.contains(e.parent())) || isLogo(e) || zones.isForeign(e)) {
                continue;
            }
            String t = headline(e);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static List<String> keys(List<String> siteNames) {
        return siteNames.stream().map(TitleCleaner::key).filter(k -> k != null && k.length() >= 3).toList();
    }

    /**
     * A heading's text, and the text after its first element when that may be a kicker. Immutable.
     *
     * @param text      the headline as {@link #headline} reads it
     * @param lead      the text of the heading's leading element, or null when it has none
     * @param afterLead the text after the heading's leading element, or null when it has none
     */
    private record Heading(String text, String lead, String afterLead) {}

    private static List<Heading> headings(PageZones zones) {
        return headings(zones.elements(H1_H2), zones);
    }

    private static List<Heading> headings(List<Element> candidates, PageZones zones) {
        List<Heading> out = new ArrayList<>();
        for (Element h : candidates) {
            if (isLogo(h)) {
                continue;
            }
            String t = headline(h);
            if (t != null && !zones.isForeign(h)) {
                Element lead = leadElement(h);
                out.add(lead == null ? new Heading(t, null, null)
                        : new Heading(t, Texts.clean(lead.text()), textWithout(h, lead)));
            }
        }
        return out;
    }

    /** A heading that only links to the site's home page is the site's logo, not a headline. */
    private static boolean isLogo(Element h) {
        Element a = h.selectFirst("a[href]");
        if (a == null || !java.util.Objects.equals(Texts.clean(a.text()), Texts.clean(h.text()))) {
            return false;
        }
        String href = a.absUrl("href");
        try {
            String path = java.net.URI.create(href.isEmpty() ? a.attr("href") : href).getPath();
            // a web archive's copy of a home page ends in its original address: "/web/2014…/http://example.com/"
            return path == null || path.isEmpty() || path.equals("/") || path.matches("/index\\.\\w+")
                    || path.matches(".*/https?:/+[^/]+/?");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The heading's text without its kicker ("Klimaschutz" over "Bohren, bis es heiß wird") or hidden text. A
     * kicker is marked by its class, or set apart: a leading {@code <small>}, a leading date, or a leading
     * element with a line break after it.
     */
    private static String headline(Element h) {
        Element copy = h.clone();
        copy.select(HIDDEN_PARTS).remove();
        Element lead = leadElement(copy);
        if (lead != null && isSetApart(lead)) {
            lead.remove();
        }
        // "<h1>Headline <small>Subtitle</small></h1>": a trailing <small> is the subtitle
        Node last = lastNonBlank(copy.childNodes());
        if (last instanceof Element tail && tail.normalName().equals("small") && last.siblingIndex() > 0
                && firstNonBlank(copy.childNodes(), 0) != last) {
            tail.remove();
        }
        String t = withoutLeadingMarks(Texts.clean(copy.text()));
        return t != null ? t : Texts.clean(h.text());
    }

    /**
     * The heading's first child when it is an element with text, followed by more text: "<span>Tunesien</span>
     * Große Aufgaben …". Null otherwise.
     */
    private static Element leadElement(Element heading) {
        Element h = heading;
        // "<h1><span class=title><small>Kicker</small><br>Headline</span></h1>": look inside the wrapper
        while (h.childNodeSize() > 0 && firstNonBlank(h.childNodes(), 0) instanceof Element only
                && firstNonBlank(h.childNodes(), only.siblingIndex() + 1) == null) {
            h = only;
        }
        Node first = firstNonBlank(h.childNodes(), 0);
        if (!(first instanceof Element lead) || Texts.clean(lead.text()) == null) {
            return null;
        }
        Node next = firstNonBlank(h.childNodes(), first.siblingIndex() + 1);
        return next == null ? null : lead;
    }

    private static boolean isSetApart(Element lead) {
        Node next = firstNonBlank(lead.parent().childNodes(), lead.siblingIndex() + 1);
        return lead.normalName().equals("small") || lead.normalName().equals("time") || lead.selectFirst("time") != null
                || next instanceof Element e && e.normalName().equals("br");
    }

    /** The first node from {@code from} on that is an element or text with more than blanks, or null. */
    private static Node firstNonBlank(List<Node> nodes, int from) {
        for (int i = from; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n instanceof Element || n instanceof TextNode t && !t.isBlank()) {
                return n;
            }
        }
        return null;
    }

    /** The last node that is an element or text with more than blanks, or null. */
    private static Node lastNonBlank(List<Node> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n instanceof Element || n instanceof TextNode t && !t.isBlank()) {
                return n;
            }
        }
        return null;
    }

    /** The heading's text without its lead element; works on a copy, since the page is read on after this. */
    private static String textWithout(Element h, Element lead) {
        Deque<Integer> path = new ArrayDeque<>();
        for (Node n = lead; n != h; n = n.parent()) {
            path.push(n.siblingIndex());
        }
        Element copy = h.clone();
        Node inCopy = copy;
        for (int i : path) {
            inCopy = inCopy.childNode(i);
        }
        inCopy.remove();
        copy.select(HIDDEN_PARTS).remove();
        return withoutLeadingMarks(Texts.clean(copy.text()));
    }

    /**
     * A meta tag written with an unescaped quote in its content ({@code content="Biden de "incapacitado""})
     * ends at that quote: "Biden de". When another declared title goes on from there with a quote, the cut
     * one is replaced by it.
     */
    private static void mendCutAtQuote(List<String> declared) {
        for (int i = 0; i < declared.size(); i++) {
            String cut = declared.get(i);
            for (String other : declared) {
                if (other.length() > cut.length() && other.startsWith(cut)
                        && CUT_AT_QUOTE.matcher(other.substring(cut.length())).lookingAt()) {
                    declared.set(i, other);
                    break;
                }
            }
        }
    }

    /**
     * The heading as the metadata name it, without the ornaments some sites set before it ("[> Jane Roe",
     * "• Headline") and the metadata title lacks. Quotes stay: they are part of a headline.
     */
    private static String withoutDecoration(String heading, String declared) {
        if (!ORNAMENT.matcher(declared).lookingAt()) {
            String t = Texts.clean(ORNAMENT.matcher(heading).replaceFirst(""));
            if (t != null) {
                return t;
            }
        }
        return heading;
    }

    /** ": Headline" left when a kicker is gone: separators before the first letter are dropped. */
    private static String withoutLeadingMarks(String t) {
        return t == null ? null : Texts.clean(LEADING_MARKS.matcher(ORNAMENT.matcher(t).replaceFirst("")).replaceFirst(""));
    }

    private static String fold(String s) {
        return FOLDED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
