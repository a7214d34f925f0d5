package io.newsgraph.extract.html.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Tells whether an element sits in a part of the page that speaks about other things than the page's
 * own article: comments, related-article teasers, sidebars, footers, navigation. Dates and names found
 * there belong to other texts, so the readers of this package skip them. Also keeps what those readers ask
 * of many elements of one page (the body's elements in order, each one's own text), so that each is worked
 * out once per page instead of once per reader.
 */
final class PageZones {
    /** The page's main article, or null: inside it only markers below it count (see {@link #isForeign}). */
    private final Element mainArticle;
    /** The elements that hold the page's first h1 or its main article; such a zone is never foreign. */
    private final Set<Element> headlineHolders;
    private final Element headline;
    /** The small block around the headline (kicker, byline, dateline); see {@link #isForeign}. */
    private final Element headerBlock;

    private PageZones(Element body, Element mainArticle, Element headline, Set<Element> headlineHolders) {
        this.body = body;
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
        Element[] longest = {null};
        int[] longestLength = {0};
        // An article inside another has no more text than it, so only the outermost ones are measured: each
        // part of the page is read once however the articles nest.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element a) || !ARTICLE.matches(doc, a)) {
                    return FilterResult.CONTINUE;
                }
                if (isOtherText(a)) {
                    // A long comment or a teaser is an <article> too, but never the page's own.
                    return FilterResult.SKIP_ENTIRELY;
                }
                int length = a.text().length();
                if (length > longestLength[0]) {
                    longest[0] = a;
                    longestLength[0] = length;
                }
                return FilterResult.SKIP_CHILDREN;
            }
        }, doc);
        Element best = longest[0];
        if (best == null) {
            best = doc.selectFirst("main, [role=main]");
        }
        Element h1 = best != null && best.selectFirst("h1") != null ? best.selectFirst("h1") : doc.selectFirst("h1");
        if (h1 == null) {
            h1 = titleHeading(doc, best);
        }
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element x = h1; x != null; x = x.parent()) {
            holders.add(x);
        }
        // Blog platforms wrap their posts in a "widget": what holds the main article is no page furniture.
        for (Element x = best; x != null; x = x.parent()) {
            holders.add(x);
        }
        return new PageZones(doc.body(), best, h1, holders);
    }

    private static final Evaluator LOWER_HEADINGS = QueryParser.parse("h2, h3, h4");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    /** Shortest heading taken for the page's headline when it has no h1. */
    private static final int MIN_HEADING = 10;

    /**
     * On a page without any h1, the headline is the first h2 to h4 (in the main article if there is one) whose
     * text the page's title or og:title holds: "Effiziente Hybridbatterie" under "Effiziente Hybridbatterie -
     * idw". Null when none is.
     */
    private static Element titleHeading(Document doc, Element scope) {
        String title = Texts.clean(doc.title());
        Element og = doc.selectFirst(OG_TITLE);
        String ogTitle = og == null ? null : Texts.clean(og.attr("content"));
        if (title == null && ogTitle == null) {
            return null;
        }
        String titles = ((title == null ? "" : title) + "\n" + (ogTitle == null ? "" : ogTitle)).toLowerCase(Locale.ROOT);
        for (Element h : (scope != null ? scope : doc).select(LOWER_HEADINGS)) {
            String text = Texts.clean(h.text());
            if (text != null && text.length() >= MIN_HEADING && titles.contains(text.toLowerCase(Locale.ROOT))) {
                return h;
            }
        }
        return null;
    }

    private static final Evaluator ARTICLE =
            QueryParser.parse("article, .hentry, [itemtype~=(?i)schema.org/(News|Blog)?(Article|Posting)]");

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

    /**
     * What {@link #isForeign} needs to know about one element, derived from the same facts of its parent, so
     * that every element is looked at once however deep the page nests. Immutable.
     *
     * @param inMain         the element is the main article or inside it
     * @param inHeader       the element is inside the header block (not the block itself)
     * @param headerComments a comments zone lies between the element and the header block
     * @param articleAbove   the element or an ancestor is an article ({@code article}, {@code main}, a post class)
     * @param foreign        the element or an ancestor below the main article is a foreign zone
     */
    private record Facts(boolean inMain, boolean inHeader, boolean headerComments, boolean articleAbove,
            boolean foreign) {}

    private final Map<Element, Facts> facts = new IdentityHashMap<>();
    private final Element body;
    private List<Element> bodyElements;
    private final Map<Element, String> ownTexts = new IdentityHashMap<>();

    /** The body's elements with one of {@code tags} (normal names), in document order, as {@code body.select} gives them. */
    List<Element> elements(Set<String> tags) {
        List<Element> out = new ArrayList<>();
        for (Element e : bodyElements()) {
            if (tags.contains(e.normalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The body and all its elements in document order; empty without a body. Read once per page. */
    List<Element> bodyElements() {
        if (bodyElements == null) {
            bodyElements = body == null ? List.of() : body.getAllElements();
        }
        return bodyElements;
    }

    /** {@link Texts#ownText}, kept per element. */
    String ownText(Element e) {
        String known = ownTexts.get(e);
        if (known == null && !ownTexts.containsKey(e)) {
            known = Texts.ownText(e);
            ownTexts.put(e, known);
        }
        return known;
    }

    /** True when the element or one of its ancestors is a foreign zone. */
    boolean isForeign(Element e) {
        Facts f = facts(e);
        return f.inHeader() ? f.headerComments() : f.foreign();
    }

    /** The facts of an element; those of its ancestors are worked out first, without recursion, and kept. */
    private Facts facts(Element e) {
        Facts known = facts.get(e);
        if (known != null) {
            return known;
        }
        Deque<Element> path = new ArrayDeque<>();
        Facts above = null;
        for (Element x = e; x != null; x = x.parent()) {
            above = facts.get(x);
            if (above != null) {
                break;
            }
            path.push(x);
        }
        Facts last = above;
        while (!path.isEmpty()) {
            Element x = path.pop();
            last = derive(x, last);
            facts.put(x, last);
        }
        return last;
    }

    /** The facts of {@code x} from those of its parent ({@code p}, null at the root). */
    private Facts derive(Element x, Facts p) {
        Element parent = x.parent();
        String tag = x.normalName();
        boolean inMain = x == mainArticle || (p != null && p.inMain());
        boolean inHeader = p != null && headerBlock != null && (parent == headerBlock || p.inHeader());
        // Next to the headline, class words such as "teaser" describe the header, not other texts.
        boolean headerComments = inHeader && (COMMENTS.matcher(x.className()).find()
                || (parent != headerBlock && p.headerComments()));
        boolean articleAbove = tag.equals("article") || tag.equals("main")
                || ARTICLE_NAME.matcher(x.className()).find() || (p != null && p.articleAbove());
        boolean foreign;
        if (x == mainArticle) {
            foreign = false; // markers on and above the main article are not trusted
        } else if ((FOREIGN_TAGS.contains(tag) && !isPageForm(x)) || (!inMain && tag.equals("aside"))) {
            foreign = true;
        } else if (tag.equals("body") || tag.equals("html")) {
            foreign = false;
        } else if (!headlineHolders.contains(x) // themes that call their content column "sidebar"
                && (isForeignName(x.className(), inMain) || isForeignName(x.id(), inMain)
                        || (isFooter(x) && !(ARTICLE_NAME.matcher(x.className()).find()
                                || (p != null && p.articleAbove()))))) {
            foreign = true;
        } else {
            foreign = p != null && p.foreign() && parent != mainArticle;
        }
        return new Facts(inMain, inHeader, headerComments, articleAbove, foreign);
    }

    /** A form that holds the headline wraps the whole page (ASP.NET pages are one big form): no zone of its own. */
    private boolean isPageForm(Element x) {
        return x.normalName().equals("form") && headlineHolders.contains(x);
    }

    /** Blog themes put "posted by … on …" in a footer of the post itself; only the page footer is foreign. */
    private static final Pattern FOOTER_NAME = Pattern.compile("(?:^|[-_ ])footer(?:$|[-_ ])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_NAME =
            Pattern.compile("(?:^|[-_ ])(?:post|entry|article|story|hentry)(?:$|[-_ ])", Pattern.CASE_INSENSITIVE);

    private static boolean isFooter(Element x) {
        return x.normalName().equals("footer") || FOOTER_NAME.matcher(x.className()).find()
                || FOOTER_NAME.matcher(x.id()).find();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static boolean isOtherText(Element x) {
        return OTHER_TEXTS.matcher(x.className()).find() || OTHER_TEXTS.matcher(x.id()).find();
    }

    /**
     * A class that names the main part of a layout with furniture beside it: "sidebar__main", "layout-with-nav--content"
     * (BEM element or modifier "main" or "content" of a block named after the furniture).
     */
    private static final Pattern MAIN_PART = Pattern.compile("(?:__|--)(?:main|content)$");

    static boolean isForeignName(String name, boolean inMainArticle) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (String part : WHITESPACE.split(n)) {
            if (OTHER_TEXTS.matcher(part).find()
                    || (!inMainArticle && FURNITURE.matcher(part).find() && !MAIN_PART.matcher(part).find())) {
                return true;
            }
        }
        return false;
    }
}
