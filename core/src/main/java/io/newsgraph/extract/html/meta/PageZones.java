package io.newsgraph.extract.html.meta;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells whether an element sits in a part of the page that speaks about other things than the page's
 * own article: comments, related-article teasers, sidebars, footers, navigation. Dates and names found
 * there belong to other texts, so the readers of this package skip them.
 */
final class PageZones {
    /** The page's main article, or null: inside it only markers below it count (see {@link #isForeign}). */
    private final Element mainArticle;
    /** The elements that hold the page's first h1; a zone that holds the headline is never foreign. */
    private final Set<Element> headlineHolders;
    private final Element headline;
    /** The small block around the headline (kicker, byline, dateline); see {@link #isForeign}. */
    private final Element headerBlock;

    private PageZones(Element mainArticle, Element headline, Set<Element> headlineHolders) {
        this.mainArticle = mainArticle;
        this.headline = headline;
        this.headlineHolders = headlineHolders;
        this.headerBlock = headerBlock(headline);
    }

    /** The nearest ancestor of the headline with little text: the headline with its byline and dateline. */
    private static Element headerBlock(Element headline) {
        Element block = null;
        Element x = headline == null ? null : headline.parent();
        for (int level = 0; x != null && level < 2; level++, x = x.parent()) {
            if (x.normalName().equals("body") || x.text().length() > MAX_HEADER_TEXT) {
                break;
            }
            block = x;
        }
        return block;
    }

    /** The main article element, or null. */
    Element mainArticle() {
        return mainArticle;
    }

    /** The page's headline element: the first h1 of the main article, else of the page; may be null. */
    Element headline() {
        return headline;
    }

    /**
     * Zones of one page. The main article is the {@code <article>} element with the most text (teasers are
     * {@code <article>}s too, but short), else {@code <main>}. Themes put class words such as "sidebar" on
     * the wrappers of the main article itself; markers on and above it are therefore not trusted.
     */
    static PageZones of(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element a : doc.select("article, [itemtype~=(?i)schema.org/(News|Blog)?(Article|Posting)]")) {
            int length = a.text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best == null) {
            best = doc.selectFirst("main, [role=main]");
        }
        Element h1 = best != null && best.selectFirst("h1") != null ? best.selectFirst("h1") : doc.selectFirst("h1");
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element x = h1; x != null; x = x.parent()) {
            holders.add(x);
        }
        return new PageZones(best, h1, holders);
    }

    private static final Set<String> FOREIGN_TAGS = Set.of("nav", "script", "style",
            "noscript", "template", "select", "option", "form");

    private static final int MAX_HEADER_TEXT = 1000;
    private static final Pattern COMMENTS = Pattern.compile("(?i)(?:^|[-_ ])(?:comments?|kommentare?)(?:$|[-_ ])");

    /** Class or id words of zones about other texts: comments, teasers, recommendations. */
    private static final Pattern OTHER_TEXTS = Pattern.compile(
            "(?:^|[-_ ])(?:comments?|kommentare?|respond|reply|replies|related|relatedposts|teasers?|"
                    + "recommend\\w*|recirc\\w*|more|also|popular|trending|most|newsletter|promo)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Class or id words of page furniture. Outside the main article they mark foreign zones; inside it they
     * do not, since themes also call the article's own date and byline column a "sidebar".
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_ ])(?:sidebar|widget\\w*|nav|navigation|menu|breadcrumbs?|carousel|slider|ticker|rss|feed|"
                    + "archive|archives|calendar|blogroll|tagcloud|latest|recent|next|prev|previous|pagination|pager)"
                    + "(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);

    /** True when the element or one of its ancestors is a foreign zone. */
    boolean isForeign(Element e) {
        if (headerBlock != null && e.parents().contains(headerBlock)) {
            // Next to the headline, class words such as "teaser" describe the header, not other texts.
            for (Element x = e; x != null && x != headerBlock; x = x.parent()) {
                if (COMMENTS.matcher(x.className()).find()) {
                    return true;
                }
            }
            return false;
        }
        boolean inMain = false;
        for (Element x = e; x != null && mainArticle != null; x = x.parent()) {
            if (x == mainArticle) {
                inMain = true;
                break;
            }
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (x == mainArticle) {
                return false;
            }
            if (FOREIGN_TAGS.contains(x.normalName()) || (!inMain && x.normalName().equals("aside"))) {
                return true;
            }
            if (x.normalName().equals("body") || x.normalName().equals("html")) {
                return false;
            }
            if (headlineHolders.contains(x)) {
                continue; // themes that call their content column "sidebar"
            }
            if (isForeignName(x.className(), inMain) || isForeignName(x.id(), inMain)) {
                return true;
            }
            if (isFooter(x) && !insideArticle(x)) {
                return true;
            }
        }
        return false;
    }

    /** Blog themes put "posted by … on …" in a footer of the post itself; only the page footer is foreign. */
    private static final Pattern FOOTER_NAME = Pattern.compile("(?:^|[-_ ])footer(?:$|[-_ ])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_NAME =
            Pattern.compile("(?:^|[-_ ])(?:post|entry|article|story|hentry)(?:$|[-_ ])", Pattern.CASE_INSENSITIVE);

    private static boolean isFooter(Element x) {
        return x.normalName().equals("footer") || FOOTER_NAME.matcher(x.className()).find()
                || FOOTER_NAME.matcher(x.id()).find();
    }

    private static boolean insideArticle(Element x) {
        if (ARTICLE_NAME.matcher(x.className()).find()) {
            return true;
        }
        for (Element a = x.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article") || a.normalName().equals("main")
                    || ARTICLE_NAME.matcher(a.className()).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isForeignName(String name, boolean inMainArticle) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (String part : n.split("\\s+")) {
            if (OTHER_TEXTS.matcher(part).find() || (!inMainArticle && FURNITURE.matcher(part).find())) {
                return true;
            }
        }
        return false;
    }
}
