package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Keeps the article's containers within one story when the page holds several: an infinite-scroll
 * page appends the next story as another full {@code <article>} (headline, byline, body), and the
 * scorer, seeing two good candidates side by side, would take their common parent or keep the second
 * as a high-scoring sibling. The story kept is the one with the page's first {@code h1}, else the
 * first one the containers reach.
 */
final class SeparateStories {
    private SeparateStories() {}

    /** An {@code <article>} needs this many characters outside links to count as a story of its own (teaser cards have less). */
    private static final int STORY_PROSE = 400;

    static List<Element> keepOne(List<Element> containers, Element body, TextStats stats, Deadline deadline) {
        List<Element> stories = new ArrayList<>();
        for (Element article : body.getElementsByTag("article")) {
            deadline.check();
            if (stats.text(article) - stats.linkText(article) >= STORY_PROSE && outermost(article, body)) {
                stories.add(article);
            }
        }
        if (stories.size() < 2) {
            return containers;
        }
        List<Element> reached = new ArrayList<>();
        for (Element story : stories) {
            for (Element c : containers) {
                if (contains(c, story) || contains(story, c)) {
                    reached.add(story);
                    break;
                }
            }
        }
        if (reached.size() < 2) {
            return containers;
        }
        Element kept = withHeadline(reached, body);
        List<Element> out = new ArrayList<>();
        for (Element c : containers) {
            if (contains(kept, c)) {
                out.add(c);
            } else if (contains(c, kept)) {
                out.add(kept);
            } else if (!reachesAny(c, reached)) {
                out.add(c); // a container outside every story (a paragraph beside the article) stays
            }
        }
        return out;
    }

    private static Element withHeadline(List<Element> stories, Element body) {
        Element h1 = body.selectFirst("h1");
        if (h1 != null) {
            for (Element story : stories) {
                if (contains(story, h1)) {
                    return story;
                }
            }
        }
        return stories.get(0);
    }

    private static boolean reachesAny(Element c, List<Element> stories) {
        for (Element story : stories) {
            if (contains(c, story) || contains(story, c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    private static boolean contains(Element outer, Element inner) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean outermost(Element article, Element body) {
        for (Element e = article.parent(); e != null && e != body; e = e.parent()) {
            if (e.nameIs("article")) {
                return false;
            }
        }
        return true;
    }
}
