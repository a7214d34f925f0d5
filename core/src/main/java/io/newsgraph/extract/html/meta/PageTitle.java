package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the page's headline. The candidates are og:title, the JSON-LD headline, twitter:title,
 * {@code <title>} (each without the site name, see {@link TitleCleaner}) and the page's h1. An h1 that
 * another source confirms is the best choice, since it is what readers see; otherwise the metadata
 * titles come first and the h1 only when nothing else is there.
 */
final class PageTitle {
    private PageTitle() {}

    static String choose(Document doc, MetaTags meta, JsonLdFacts ld, List<String> siteNames) {
        List<String> declared = new ArrayList<>();
        for (String raw : new String[] {meta.first("og:title"), ld.headline(), meta.first("twitter:title"),
                meta.first("dc.title", "citation_title", "parsely-title", "sailthru.title", "title"),
                doc.title()}) {
            String c = TitleCleaner.clean(raw, siteNames);
            if (c != null) {
                declared.add(c);
            }
        }
        List<String> headings = headings(doc);
        for (String h : headings) {
            for (String d : declared) {
                if (fold(h).equals(fold(d))) {
                    return h;
                }
            }
        }
        // An h1 that is a prefix of a declared title ("Headline" vs "Headline - Section - Site").
        for (String h : headings) {
            for (String d : declared) {
                if (h.length() >= 10 && fold(d).startsWith(fold(h))) {
                    return h;
                }
            }
        }
        if (!declared.isEmpty()) {
            return declared.get(0);
        }
        return headings.isEmpty() ? null : headings.get(0);
    }

    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        for (Element h : doc.body().select("h1, h2")) {
            String t = Texts.clean(h.text());
            if (t != null && !PageZones.isForeign(h)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}„“”‘’«»–—]+", " ").strip();
    }
}
