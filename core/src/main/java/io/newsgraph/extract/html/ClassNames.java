package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's {@code class}, {@code id} and {@code role} attributes say about it, by
 * generic words that sites across the web use for the same things ("share", "related", "comment").
 * Attribute values are split into word parts ("relatedArticles" → related, articles;
 * "social-share_bar" → social, share, bar) so that "shared" never matches "share".
 */
final class ClassNames {
    private ClassNames() {}

    /**
     * Words that mark a block as boilerplate wherever they appear, even beside "article" or
     * "content", and however long the block is ("article-share", "story-related", a long cookie notice).
     */
    private static final Set<String> SURE_NEGATIVE = Set.of(
            "share", "sharing", "sharebar", "social", "socials", "related", "relateds", "recommended",
            "recommendations", "recirc", "recirculation", "newsletter", "newsletters", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "promo", "promos",
            "promotion", "advert", "advertisement", "advertising", "advertiser", "advertisers", "ad", "ads", "adslot", "adunit",
            "dfp", "sponsor", "sponsored", "outbrain", "taboola", "popular", "trending", "mostread",
            "breadcrumb", "breadcrumbs", "modal", "popup", "nav", "navbar", "navigation",
            "menu", "footer", "sidebar", "rail", "widget", "widgets", "masthead", "byline", "bylines",
            "dateline", "timestamp", "caption", "captions", "figcaption", "copyright", "readmore", "readnext");

    /** Words that usually mark boilerplate, but are generic enough that a long block of prose wins over them. */
    private static final Set<String> LIKELY_NEGATIVE = Set.of(
            "overlay", "toolbar", "banner", "skiplink", "skip", "print", "credit", "credits", "tags", "tag",
            "tagline", "keywords", "topics", "pagination", "pager", "hidden", "visually", "sr", "screenreader",
            "disclaimer", "disclosure", "author", "authors", "bio", "feedback", "rating", "ratings", "reactions", "login",
            "signin", "register", "meta", "next", "prev", "previous", "more", "teaser", "teasers", "card",
            "cards", "playlist", "video", "gallery", "slideshow", "carousel", "icon", "icons", "follow",
            "newsfeed", "headline", "headlines", "title", "kicker", "eyebrow", "label", "inline", "embed",
            "aside", "callout", "tooltip", "alert", "notice", "notification");

    /** Words that mark the main content; they protect an element from weaker negatives. */
    private static final Set<String> POSITIVE = Set.of(
            "article", "articles", "body", "content", "contents", "entry", "main", "post", "story",
            "text", "blog", "page", "prose", "hentry", "richtext", "rte", "paragraph", "paragraphs");

    /** Words that make an element boilerplate unless it also carries a positive word. */
    private static final Set<String> WEAK_NEGATIVE = Set.of(
            "header", "extra", "supplemental", "community", "footnote", "sidebar", "aside");

    /** Words for reader discussion: removed even when long, since comment threads are long prose. */
    private static final Set<String> DISCUSSION = Set.of(
            "comment", "comments", "commentlist", "disqus", "replies", "reply", "discussion", "forum", "respond");

    /** Whether the element's names say it holds reader comments. */
    static boolean isDiscussion(Element e) {
        String names = names(e);
        if (names.isEmpty()) {
            return false;
        }
        for (String word : words(names)) {
            if (DISCUSSION.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words of layout wrappers, which name what they wrap ("content-sidebar-wrap" wraps content and sidebar). */
    private static final Set<String> WRAPPER = Set.of("wrap", "wrapper");

    /** Whether the element's names say it wraps content: a positive word or "wrap"/"wrapper" among them. */
    static boolean isWrapper(Element e) {
        String names = names(e);
        if (names.isEmpty()) {
            return false;
        }
        for (String word : words(names)) {
            if (POSITIVE.contains(word) || WRAPPER.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** How an element's names classify it. */
    enum Verdict {
        /** Boilerplate whatever it holds. */
        SURE_BOILERPLATE,
        /** Boilerplate unless it holds a lot of prose. */
        BOILERPLATE,
        CONTENT,
        NEUTRAL
    }

    static Verdict classify(Element e) {
        String names = names(e);
        if (names.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        boolean positive = false;
        boolean weakNegative = false;
        boolean likelyNegative = false;
        for (String word : words(names)) {
            if (SURE_NEGATIVE.contains(word)) {
                return Verdict.SURE_BOILERPLATE;
            }
            likelyNegative |= LIKELY_NEGATIVE.contains(word);
            positive |= POSITIVE.contains(word);
            weakNegative |= WEAK_NEGATIVE.contains(word);
        }
        if ((likelyNegative || weakNegative) && !positive) {
            return Verdict.BOILERPLATE;
        }
        return positive ? Verdict.CONTENT : Verdict.NEUTRAL;
    }

    /** The class, id and role values of an element, joined by spaces. */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        if (id.isEmpty() && role.isEmpty()) {
            return cls;
        }
        return cls + " " + id + " " + role;
    }

    /** First words of state-flag class names ("has-sidebar", "no-comments", "is-sticky"), which say nothing of the element's role. */
    private static final Set<String> FLAG_PREFIXES = Set.of("has", "with", "without", "no", "is", "show", "enable", "enabled", "can", "supports");

    /**
     * Splits names at non-letters and at lower-to-upper case changes, lower-cased. Digits split too
     * ("col2" → col), so generated names ("css-1x2y3z") give short junk words that match nothing.
     * State flags ("has-section-nav") are skipped whole.
     */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            if (i > start) {
                // a state flag ends the token's meaningful words: "content-with-sidebar" is content
                for (String w : tokenWords(names.substring(start, i))) {
                    if (FLAG_PREFIXES.contains(w)) {
                        break;
                    }
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static List<String> tokenWords(String token) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && word.length() > 0) {
                    out.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            prev = c;
        }
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
