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
        MetaTags tags = MetaTags.of(doc);

        String url = firstNonBlank(absolute(doc.selectFirst("link[rel=canonical]"), "href"),
                tags.get("og:url"), ld.url(), pageUrl);
        String host = host(url != null ? url : pageUrl);
        String outlet = firstNonBlank(ld.publisher(), tags.get("og:site_name"), tags.get("application-name"), host);

        List<String> siteNames = new ArrayList<>();
        siteNames.add(ld.publisher());
        siteNames.add(tags.get("og:site_name"));
        siteNames.add(tags.get("application-name"));
        siteNames.add(host);
        if (host != null) {
            String label = host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host;
            siteNames.add(label);
        }
        Element h1 = doc.selectFirst("h1");
        String title = null;
        String fallback = null;
        for (String candidate : new String[] {tags.get("og:title"), ld.headline(), tags.get("twitter:title"),
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
        String visible = TitleCleaner.segmentMatching(title, h1 == null ? null : h1.text());
        title = visible != null ? visible : title;

        Optional<Byline> byline = Byline.visible(doc, ld.authors())
                .or(() -> Byline.ofNames(ld.authors()))
                .or(() -> Optional.ofNullable(tags.get("author")).flatMap(Byline::parse))
                .or(() -> Optional.ofNullable(tags.get("article:author")).flatMap(Byline::parse));

        String published = date(ld.datePublished())
                .or(() -> date(firstNonBlank(tags.get("article:published_time"), tags.get("article:published"))))
                .or(() -> date(firstNonBlank(tags.get("datePublished"), tags.get("pubdate"),
                        tags.get("publish-date"), tags.get("parsely-pub-date"), tags.get("date"),
                        tags.get("dc.date"), tags.get("dcterms.created"), tags.get("sailthru.date"))))
                .or(() -> timeElement(doc))
                .or(() -> IsoDates.fromUrl(pageUrl))
                .or(() -> IsoDates.fromUrl(url))
                .orElse(null);
        String modified = date(ld.dateModified())
                .or(() -> date(firstNonBlank(tags.get("article:modified_time"), tags.get("article:modified"),
                        tags.get("og:updated_time"),
                        tags.get("dateModified"), tags.get("dcterms.modified"))))
                .orElse(null);

        Set<String> topics = new LinkedHashSet<>(tags.all("article:tag"));
        topics.addAll(ld.keywords());

        return new PageMetadata(url, outlet, title,
                byline.map(Byline::text).orElse(null), byline.map(Byline::authors).orElse(List.of()),
                published, modified,
                firstNonBlank(tags.get("description"), tags.get("og:description"), tags.get("twitter:description")),
                new ArrayList<>(topics), language(doc, tags),
                firstNonBlank(tags.get("og:image"), tags.get("twitter:image"), ld.image()), ld.articleBody());
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
    private static String language(Document doc, MetaTags tags) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = Optional.ofNullable(tags.get("og:locale")).orElse("");
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
