package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes, in place, elements that never hold article prose: non-text elements, page chrome
 * (nav, aside, footer), hidden elements, and — when {@code byNames} is set — elements whose
 * class/id words say boilerplate ({@link ClassNames}). One top-down pass; a removed element's subtree
 * is not visited. The removals can be undone ({@link Removals}).
 *
 * <p>Chrome and name-based removals are guarded: an element holding a lot of low-link text is kept,
 * because sites do wrap whole articles in {@code <form>} (ASP.NET) or in containers with names like
 * "has-sidebar" or "social-enabled".
 */
final class BoilerplateCleaner {
    private BoilerplateCleaner() {}

    /** Elements that never carry article prose. */
    private static final Set<String> NON_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
            "video", "audio", "link", "meta", "button", "input", "select", "textarea", "option",
            "figcaption", "picture", "img", "map", "dialog", "head", "title", "menu");

    /** Page chrome: removed unless it holds a lot of prose. */
    private static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header", "form", "figure");

    /** Above this many characters outside links an element is treated as possible content. */
    private static final int GUARD_TEXT = 1000;

    /** The same for elements named like boilerplate: names are a stronger sign than chrome tags. */
    private static final int GUARD_NAMED = 2500;

    /**
     * @param headline the page's first {@code h1}, or null
     * @param removals notes every removal, so that the caller can put the tree back as it was
     */
    static void clean(Element root, Element headline, boolean byNames, Removals removals, Deadline deadline) {
        TextStats stats = TextStats.of(root, deadline);
        Set<Element> quoting = withQuotes(root);
        Set<Element> aroundHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e = headline; e != null && e != root; e = e.parent()) {
            aroundHeadline.add(e);
        }
        Set<Element> actionBoxes = ActionBoxes.find(root, stats, deadline);
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.check();
                if (node instanceof org.jsoup.nodes.Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (actionBoxes.contains(e) || isDialog(e, stats) || isDoomed(e, stats, quoting, aroundHeadline, byNames)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Node n : doomed) {
            removals.remove(n);
        }
    }

    /**
     * Blockquotes and the elements around them, found in one pass: each blockquote marks itself and its
     * ancestors up to the first one already marked, so the work stays linear however deep the page.
     */
    private static Set<Element> withQuotes(Element root) {
        Set<Element> marked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element quote : root.getElementsByTag("blockquote")) {
            for (Element e = quote; e != null && marked.add(e); e = e.parent()) {
                if (e == root) {
                    break;
                }
            }
        }
        return marked;
    }

    private static boolean isDoomed(Element e, TextStats stats, Set<Element> quoting, Set<Element> aroundHeadline,
            boolean byNames) {
        String tag = e.normalName();
        if (tag.equals("noscript")) {
            // the fallback of a page that renders its text with scripts can be the whole article
            return !holdsProse(e, stats, GUARD_TEXT);
        }
        if (NON_TEXT.contains(tag) || isHidden(e)) {
            return true;
        }
        if (isMicrodataField(e, stats)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        if (tag.equals("nav") || ClassNames.isDiscussion(e)) {
            return true;
        }
        boolean chrome = CHROME.contains(tag);
        boolean inSentence = HtmlTags.INLINE.contains(tag) && besideText(e);
        ClassNames.Verdict verdict = byNames && !inSentence ? ClassNames.classify(e) : ClassNames.Verdict.NEUTRAL;
        if (verdict != ClassNames.Verdict.NEUTRAL && verdict != ClassNames.Verdict.CONTENT
                && quoting.contains(e)) {
            // embedded posts (tweets) sit in "social" wrappers, but what they quote is part of the story
            verdict = ClassNames.Verdict.NEUTRAL;
        }
        if (verdict == ClassNames.Verdict.SURE_BOILERPLATE && aroundHeadline.contains(e) && ClassNames.isWrapper(e)) {
            // a layout wrapper around the headline and the story ("content-sidebar-wrap", "PageContentSidebar"):
            // a sidebar or a share box never holds the page's headline, so its name counts as a weaker one
            verdict = ClassNames.Verdict.BOILERPLATE;
        }
        if (verdict == ClassNames.Verdict.SURE_BOILERPLATE) {
            return true;
        }
        // a paragraph's own likely-boilerplate name ("title", "inline") is weaker than its being a <p>; a
        // linked heading ("headline") stays so that a page listing stories can be told from an article
        // (TeaserPage), and BlockFilter drops it as a link block
        boolean named = verdict == ClassNames.Verdict.BOILERPLATE && !tag.equals("p") && !isLinkedHeading(e);
        if (!chrome && !named) {
            return false;
        }
        return !holdsProse(e, stats, named ? GUARD_NAMED : GUARD_TEXT);
    }

    /** schema.org microdata properties that label an article rather than tell it. */
    private static final Set<String> MICRODATA_FIELDS = Set.of(
            "author", "creator", "name", "headline", "alternativeheadline", "datepublished", "datecreated",
            "datemodified", "publisher", "keywords", "image", "url", "logo", "width", "height", "value",
            "mainentityofpage", "articlesection", "copyrightholder", "copyrightyear", "dateline");

    /** Short elements holding one microdata field (a name, a date, an image URL): labels, not prose. */
    private static boolean isMicrodataField(Element e, TextStats stats) {
        String prop = e.attr("itemprop");
        return !prop.isEmpty() && stats.text(e) < 200
                && MICRODATA_FIELDS.contains(prop.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a non-blank text node sits right before or after the element (it is part of a sentence). */
    private static boolean besideText(Element e) {
        Node prev = e.previousSibling();
        Node next = e.nextSibling();
        return (prev instanceof org.jsoup.nodes.TextNode p && !p.isBlank())
                || (next instanceof org.jsoup.nodes.TextNode n && !n.isBlank());
    }

    /**
     * A modal window (a consent or paywall prompt): never the article, whatever its names, unless a
     * site has put the whole page in one.
     */
    private static boolean isDialog(Element e, TextStats stats) {
        String role = e.attr("role");
        boolean dialog = role.equalsIgnoreCase("dialog") || role.equalsIgnoreCase("alertdialog")
                || e.attr("aria-modal").equalsIgnoreCase("true");
        return dialog && !holdsProse(e, stats, GUARD_NAMED);
    }

    private static boolean isLinkedHeading(Element e) {
        String tag = e.normalName();
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        return heading && e.selectFirst("a[href]") != null;
    }

    private static boolean holdsProse(Element e, TextStats stats, int guard) {
        return stats.text(e) - stats.linkText(e) >= guard;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
