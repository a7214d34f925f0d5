package io.newsgraph.extract.html.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an HTML page says about itself into {@link ArticleMetadata}. Each field has its sources in
 * order of trust, and the first one that gives a value wins:
 * <ul>
 *   <li>authors: the visible byline, then JSON-LD persons, then author meta tags, then JSON-LD
 *       organisations, then the name the post's author signs replies with;</li>
 *   <li>title: the headline the page agrees on (h1, og:title, JSON-LD headline, {@code <title>}) with the
 *       site name removed;</li>
 *   <li>dates: see {@link PageDates}; published never falls back to modified, but a page that prints only its
 *       modified date is dated by it.</li>
 * </ul>
 * Must run on the page before any cleaning, since cleaning removes bylines and headers. Stateless.
 */
public final class HtmlMetadata {
    private HtmlMetadata() {}

    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
            "citation_author", "parsely-author", "sailthru.author", "byl", "og:article:author", "twitter:creator"};

    /**
     * @param doc     the parsed page, unchanged
     * @param pageUrl the URL the page was fetched from; may be null
     */
    public static ArticleMetadata read(Document doc, String pageUrl) {
        MetaTags meta = new MetaTags(doc);
        PageZones zones = PageZones.of(doc);
        JsonLdFacts ld = JsonLdReader.read(doc);

        String url = Texts.firstNonBlank(canonical(doc), meta.first("og:url"), pageUrl, ld.url());
        String host = host(pageUrl != null ? pageUrl : url);
        String siteName = Texts.firstNonBlank(meta.first("og:site_name"), ld.publisher(),
                meta.first("application-name", "publisher", "dc.publisher", "citation_publisher",
                        "citation_journal_title"));
        String outlet = Texts.firstNonBlank(siteName, host);

        List<String> siteNames = new ArrayList<>();
        siteNames.add(meta.first("og:site_name"));
        siteNames.add(ld.publisher());
        siteNames.add(meta.first("application-name"));
        siteNames.add(meta.first("apple-mobile-web-app-title"));
        siteNames.add(host);
        siteNames.add(hostLabel(host));
        String title = PageTitle.choose(doc, zones, meta, ld, siteNames);

        // The publisher is left out of the site names for authors: on personal sites the publisher is the author.
        List<String> notAuthors = siteNames.stream().filter(n -> !Objects.equals(n, ld.publisher())).toList();
        Optional<VisibleByline.Credit> credit = VisibleByline.find(doc, zones, notAuthors);
        List<List<String>> sources = new ArrayList<>();
        List<String> visible = credit.map(VisibleByline.Credit::names).orElse(List.of());
        List<String> declared = names(ld.people());
        // The visible byline comes first, unless the JSON-LD names people and none of them is in it: then
        // the byline found is more likely another text's (an author box, a photo credit) than this one's.
        boolean markedCredit = credit.map(VisibleByline.Credit::marked).orElse(false);
        if (!declared.isEmpty() && !visible.isEmpty() && !markedCredit && !AuthorChoice.overlap(visible, declared)) {
            sources.add(declared);
        }
        sources.add(visible);
        sources.add(declared);
        sources.add(labelledAuthor(meta));
        for (String key : AUTHOR_META) {
            sources.add(names(meta.all(key).stream().filter(v -> !v.contains("://") && !v.startsWith("@")).toList()));
        }
        sources.add(Copyright.holder(doc, zones, siteNames).map(List::of).orElse(List.of()));
        sources.add(names(ld.organisations()));
        List<String> chosen = AuthorChoice.first(sources, notAuthors);
        List<String> nameFields = new ArrayList<>(declared);
        for (String key : AUTHOR_META) {
            nameFields.addAll(names(meta.all(key).stream().filter(v -> !v.contains("://") && !v.startsWith("@")).toList()));
        }
        if (chosen.isEmpty()) {
            chosen = PostAuthorReply.name(doc).map(List::of).orElse(List.of());
        }
        List<String> authors = chosen.isEmpty() ? deskCredit(credit, meta, ld) : AuthorChoice.inFull(chosen, nameFields);
        String byline = credit.filter(c -> c.names().equals(authors)).map(c -> AuthorNames.printed(c.text(), c.names()))
                .orElse(authors.isEmpty() ? null : String.join(", ", authors));

        PageDates.Dates dates = PageDates.read(doc, zones, meta, ld, pageUrl != null ? pageUrl : url,
                languageTag(doc, meta, ld));

        return new ArticleMetadata(title, byline, authors, dates.published(), dates.modified(), outlet, url,
                language(doc, meta, ld), tags(doc, zones, meta, ld),
                Texts.firstNonBlank(meta.first("og:image", "twitter:image", "twitter:image:src"), ld.image()),
                Texts.firstNonBlank(meta.first("og:description", "description", "twitter:description"),
                        ld.description()),
                ld.articleBody());
    }

    /** The last resort: a desk credit ("Redaktion") from the byline, the JSON-LD author or the author meta tags. */
    private static List<String> deskCredit(Optional<VisibleByline.Credit> credit, MetaTags meta, JsonLdFacts ld) {
        List<String> raw = new ArrayList<>();
        credit.ifPresent(c -> raw.add(c.text()));
        raw.addAll(ld.people());
        raw.addAll(meta.all("author", "article:author", "twitter:data1", "parsely-author"));
        for (String r : raw) {
            if (r == null || r.contains("://") || r.strip().startsWith("www.")) {
                continue; // a profile address ("https://example.com/author/jroe/") names nobody
            }
            List<String> names = AuthorNames.splitKeepingDesks(r);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The "Written by" pair of twitter:labelN / twitter:dataN that blog plugins write. */
    private static List<String> labelledAuthor(MetaTags meta) {
        for (int i = 1; i <= 4; i++) {
            String label = meta.first("twitter:label" + i);
            if (label != null && label.matches("(?i).*(written by|verfasst von|author|autor|geschrieben von|écrit par|escrito por).*")) {
                return names(meta.all("twitter:data" + i));
            }
        }
        return List.of();
    }

    private static List<String> names(List<String> credits) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : credits) {
            out.addAll(AuthorNames.splitNameField(c));
        }
        return List.copyOf(out);
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        return abs.isEmpty() ? link.attr("href") : abs;
    }

    private static List<String> tags(Document doc, PageZones zones, MetaTags meta, JsonLdFacts ld) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : meta.all("article:tag", "parsely-tags", "sailthru.tags", "news_keywords")) {
            for (String part : t.split(",")) {
                String c = Texts.clean(part);
                if (c != null) {
                    tags.add(c);
                }
            }
        }
        tags.addAll(ld.keywords());
        if (tags.isEmpty() && doc.body() != null) {
            for (Element a : doc.body().select("a[rel~=(?i)\\btag\\b]")) {
                String c = Texts.clean(a.text());
                if (c != null && !zones.isForeign(a)) {
                    tags.add(c);
                }
            }
        }
        return List.copyOf(tags);
    }

    /** The two-letter code from {@code <html lang>} (or XHTML's {@code xml:lang}), the content-language header, og:locale or JSON-LD. */
    private static String language(Document doc, MetaTags meta, JsonLdFacts ld) {
        String tag = languageTag(doc, meta, ld);
        return tag == null ? null : tag.toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
    }

    /** The first language tag as written ("en-GB", "de_DE") whose language is a two-letter code, or null. */
    private static String languageTag(Document doc, MetaTags meta, JsonLdFacts ld) {
        Element html = doc.selectFirst("html");
        for (String v : new String[] {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.first("content-language"),
                meta.first("og:locale", "dc.language", "language"), ld.language()}) {
            String c = Texts.clean(v);
            if (c == null) {
                continue;
            }
            String code = c.toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
            if (code.matches("[a-z]{2}")) {
                return c.split("[,;\\s]")[0];
            }
        }
        return null;
    }

    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = new URI(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (Exception e) {
            return null;
        }
    }

    /** The registrable label of a host: "news" for "blog.news.co.uk", "spiegel" for "spiegel.de". */
    static String hostLabel(String host) {
        if (host == null) {
            return null;
        }
        String[] parts = host.split("\\.");
        if (parts.length < 2) {
            return host;
        }
        int i = parts.length - 2;
        if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) {
            i--; // second-level public suffixes such as co.uk, com.au
        }
        return parts[i];
    }
}
