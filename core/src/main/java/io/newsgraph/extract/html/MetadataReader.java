package io.newsgraph.extract.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page. Sources in order of trust: what the reader sees for
 * the byline, then JSON-LD, then {@code <meta>} tags, then visible fallbacks (h1, {@code <time>}).
 * Must run before the body is cleaned, since cleaning removes bylines and headers.
 */
final class MetadataReader {
    private MetadataReader() {}

    static PageMetadata read(Document doc, String pageUrl) {
        JsonLdArticle ld = JsonLdArticle.read(doc);

        String url = firstNonBlank(absolute(doc.selectFirst("link[rel=canonical]"), "href"),
                meta(doc, "og:url"), ld.url(), pageUrl);
        String host = host(url != null ? url : pageUrl);
        String outlet = firstNonBlank(ld.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"), host);

        List<String> siteNames = new ArrayList<>();
        siteNames.add(ld.publisher());
        siteNames.add(meta(doc, "og:site_name"));
        siteNames.add(meta(doc, "application-name"));
        siteNames.add(host);
        if (host != null) {
            String label = host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host;
            siteNames.add(label);
        }
        Element h1 = doc.selectFirst("h1");
        String title = null;
        String fallback = null;
        for (String candidate : new String[] {meta(doc, "og:title"), ld.headline(), meta(doc, "twitter:title"),
                h1 == null ? null : h1.text(), doc.title()}) {
            String cleaned = TitleCleaner.clean(candidate, siteNames);
            // some sites put their own name in og:title; the headline is then further down the list
            if (cleaned == null || cleaned.isBlank()) {
                continue;
            }
            fallback = fallback == null ? cleaned : fallback;
            if (!TitleCleaner.isExactlySiteName(cleaned, siteNames)) {
                title = cleaned;
                break;
            }
        }
        title = title == null ? fallback : title;

        Optional<Byline> byline = Byline.visible(doc, ld.authors())
                .or(() -> Byline.ofNames(ld.authors()))
                .or(() -> Optional.ofNullable(meta(doc, "author")).flatMap(Byline::parse))
                .or(() -> Optional.ofNullable(meta(doc, "article:author")).flatMap(Byline::parse));

        String published = date(ld.datePublished())
                .or(() -> date(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "article:published"))))
                .or(() -> date(firstNonBlank(meta(doc, "datePublished"), meta(doc, "pubdate"),
                        meta(doc, "publish-date"), meta(doc, "parsely-pub-date"), meta(doc, "date"),
                        meta(doc, "dc.date"), meta(doc, "dcterms.created"), meta(doc, "sailthru.date"))))
                .or(() -> timeElement(doc))
                .orElse(null);
        String modified = date(ld.dateModified())
                .or(() -> date(firstNonBlank(meta(doc, "article:modified_time"), meta(doc, "article:modified"),
                        meta(doc, "og:updated_time"),
                        meta(doc, "dateModified"), meta(doc, "dcterms.modified"))))
                .orElse(null);

        Set<String> tags = new LinkedHashSet<>();
        for (Element m : doc.select("meta[property=article:tag], meta[name=article:tag]")) {
            String c = m.attr("content").strip();
            if (!c.isEmpty()) {
                tags.add(c);
            }
        }
        tags.addAll(ld.keywords());

        return new PageMetadata(url, outlet, title,
                byline.map(Byline::text).orElse(null), byline.map(Byline::authors).orElse(List.of()),
                published, modified,
                firstNonBlank(meta(doc, "description"), meta(doc, "og:description"), meta(doc, "twitter:description")),
                new ArrayList<>(tags), language(doc),
                firstNonBlank(meta(doc, "og:image"), meta(doc, "twitter:image"), ld.image()));
    }

    /** The content of the first meta tag with this property, name or itemprop. */
    static String meta(Document doc, String key) {
        Element head = doc.head();
        for (Element m : head.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || hasToken(m.attr("itemprop"), key)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Whether a space-separated attribute value ("datePublished dateCreated") holds {@code key}. */
    private static boolean hasToken(String value, String key) {
        if (value.isEmpty()) {
            return false;
        }
        for (String token : value.split("\\s+")) {
            if (token.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> date(String value) {
        return IsoDates.normalise(value);
    }

    private static Optional<String> timeElement(Document doc) {
        for (Element t : doc.select("time[datetime], [itemprop=datePublished]")) {
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
            Optional<String> d = IsoDates.normalise(v);
            if (d.isPresent()) {
                return d;
            }
            d = IsoDates.printed(t.text(), true);
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element e : doc.select("[class~=(?i)(date|time|dateline|published)]")) {
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (text.length() <= 80) {
                Optional<String> d = IsoDates.printed(text, true);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The two-letter language code from {@code <html lang>} or the content-language meta tag. */
    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = Optional.ofNullable(meta(doc, "og:locale")).orElse("");
        }
        if (lang.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = m == null ? "" : m.attr("content");
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < code.length() && Character.isLetter(code.charAt(cut))) {
            cut++;
        }
        code = code.substring(0, cut);
        return code.length() == 2 ? code : null;
    }

    private static String absolute(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr) : abs;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = new URI(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (Exception e) {
            return null;
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
