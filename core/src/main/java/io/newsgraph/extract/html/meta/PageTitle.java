package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    private static final int MIN_PART = 8;
    /** Parsed once: parsing compiles its regex, and it is applied to every heading of the page. */
    private static final Evaluator HIDDEN_PARTS = QueryParser.parse("[class~=(?i)kicker|overline|dachzeile|topline|roofline|eyebrow|"
            + "visually-hidden|sr-only|screen-reader|screenreader|hidden|label]");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[:;,.|\\-–—\\s]+(?=\\p{L})");
    private static final Pattern FOLDED = Pattern.compile("[\\s\\p{Punct}„“”‘’«»–—]+");

    static String choose(Document doc, PageZones zones, MetaTags meta, JsonLdFacts ld, List<String> siteNames) {
        List<String> declared = new ArrayList<>();
        for (String raw : new String[] {meta.first("og:title"), ld.headline(), meta.first("twitter:title"),
                meta.first("dc.title", "citation_title", "parsely-title", "sailthru.title", "title"),
                doc.title()}) {
            String c = TitleCleaner.clean(raw, siteNames);
            if (c != null) {
                declared.add(c);
            }
        }
        List<String> headings = headings(doc, zones);
        List<String> h1s = headings(doc, zones, "h1");
        if (h1s.size() > 1 && zones.mainArticle() != null) {
            // Several h1s (logo, teasers): the one inside the main article is the headline.
            List<String> inMain = headings(zones.mainArticle(), zones, "h1");
            if (inMain.size() == 1) {
                h1s = inMain;
            }
        }
        // A heading the metadata names exactly is the headline, even when the page's only h1 is a section name.
        for (String h : headings) {
            for (String d : declared) {
                if (fold(h).equals(fold(d))) {
                    return h;
                }
            }
        }
        if (h1s.size() == 1 && h1s.get(0).length() >= MIN_PART && !TitleCleaner.isSite(h1s.get(0), keys(siteNames))) {
            // One h1 is what readers see as the headline; metadata titles are often rewritten for search engines.
            // Some pages repeat the whole <title>, site name included, in a hidden h1: that is cleaned too.
            String h1 = h1s.get(0);
            return h1.equals(Texts.clean(doc.title())) ? TitleCleaner.clean(h1, siteNames) : h1;
        }
        // An h1 that is the start or the end of a declared title: "Headline" in "Headline - Section" or in
        // "Kicker: Headline". The declared title carries what readers do not see as the headline.
        for (String h : headings) {
            for (String d : declared) {
                String fh = fold(h);
                String fd = fold(d);
                if (fh.length() >= MIN_PART && (fd.startsWith(fh + " ") || fd.endsWith(" " + fh))) {
                    return h;
                }
            }
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
        for (Element e : doc.body().select("h1, h2, p")) {
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

    private static List<String> headings(Document doc, PageZones zones) {
        return headings(doc, zones, "h1, h2");
    }

    private static List<String> headings(Document doc, PageZones zones, String query) {
        return doc.body() == null ? new ArrayList<>() : headings(doc.body(), zones, query);
    }

    private static List<String> headings(Element scope, PageZones zones, String query) {
        List<String> out = new ArrayList<>();
        for (Element h : scope.select(query)) {
            if (isLogo(h)) {
                continue;
            }
            String t = headline(h);
            if (t != null && !zones.isForeign(h)) {
                out.add(t);
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
            return path == null || path.isEmpty() || path.equals("/") || path.matches("/index\\.\\w+");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The heading's text without its kicker ("Klimaschutz" over "Bohren, bis es heiß wird") or hidden text. */
    private static String headline(Element h) {
        Element copy = h.clone();
        copy.select(HIDDEN_PARTS).remove();
        String t = Texts.clean(copy.text());
        if (t != null) {
            t = Texts.clean(LEADING_PUNCTUATION.matcher(t).replaceFirst(""));
        }
        return t != null ? t : Texts.clean(h.text());
    }

    private static String fold(String s) {
        return FOLDED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
