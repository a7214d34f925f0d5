package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Keeps the article's containers within one story when the page holds several: an infinite-scroll
 * page appends the next story as another full {@code <article>} or as another container with its
 * own {@code h1}, byline and body, and the scorer, seeing two good candidates side by side, would take
 * their common parent or keep the second as a high-scoring sibling. The story kept is the one with
 * the page's first {@code h1}, else the first one the containers reach.
 *
 * <p>A story is an outermost {@code <article>}, or the largest element around an {@code h1} that
 * holds no other {@code h1}; either needs prose of its own, so teaser cards and a logo in an
 * {@code h1} are not stories.
 */
final class SeparateStories {
    private SeparateStories() {}

    /** An {@code <article>} needs this many characters outside links to count as a story of its own (teaser cards have less). */
    private static final int STORY_PROSE = 400;

    /**
     * The page's possible stories, found before the boilerplate is cleaned away: the cleaner removes
     * the {@code <header>} that often holds a story's {@code h1}, while the story's container stays.
     */
    static List<Element> candidates(Element body, Deadline deadline) {
        List<Element> stories = new ArrayList<>();
        for (Element article : body.getElementsByTag("article")) {
            deadline.check();
            if (outermost(article, body)) {
                stories.add(article);
            }
        }
        for (Element region : headlineRegions(body, deadline)) {
            if (!insideAny(region, stories)) {
                stories.add(region);
            }
        }
        return stories;
    }

    /**
     * @param candidates what {@link #candidates} found before cleaning; those the cleaner removed, or
     *                   left without prose, are not stories
     * @param headline   the page's first {@code h1} as found before cleaning, or null
     */
    static List<Element> keepOne(List<Element> containers, List<Element> candidates, Element body, TextStats stats,
            Element headline) {
        List<Element> stories = new ArrayList<>();
        for (Element story : candidates) {
            if (contains(body, story) && stats.text(story) - stats.linkText(story) >= STORY_PROSE) {
                stories.add(story);
            }
        }
        stories.sort(SeparateStories::documentOrder);
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
        Element kept = withHeadline(reached, headline);
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

    /** For each {@code h1}, the largest element around it that holds no other {@code h1}. */
    private static List<Element> headlineRegions(Element body, Deadline deadline) {
        List<Element> headlines = body.getElementsByTag("h1");
        if (headlines.size() < 2) {
            return List.of();
        }
        // how many h1 each element holds, counted up the ancestors of each h1 (bounded by the tree's depth)
        Map<Element, Integer> held = new IdentityHashMap<>();
        for (Element h1 : headlines) {
            for (Element e = h1; e != null && e != body; e = e.parent()) {
                deadline.check();
                held.merge(e, 1, Integer::sum);
            }
        }
        List<Element> regions = new ArrayList<>();
        for (Element h1 : headlines) {
            Element region = h1;
            while (region.parent() != null && region.parent() != body && held.get(region.parent()) == 1) {
                region = region.parent();
            }
            regions.add(region);
        }
        return regions;
    }

    private static boolean insideAny(Element e, List<Element> outers) {
        for (Element outer : outers) {
            if (contains(outer, e) || contains(e, outer)) {
                return true;
            }
        }
        return false;
    }

    /** Orders two elements that do not contain each other by where they start in the document. */
    private static int documentOrder(Element a, Element b) {
        List<Element> pathA = pathFromRoot(a);
        List<Element> pathB = pathFromRoot(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == pathA.size() || i == pathB.size()) {
            return Integer.compare(pathA.size(), pathB.size());
        }
        return Integer.compare(pathA.get(i).elementSiblingIndex(), pathB.get(i).elementSiblingIndex());
    }

    private static List<Element> pathFromRoot(Element e) {
        List<Element> path = new ArrayList<>();
        for (Element x = e; x != null; x = x.parent()) {
            path.add(0, x);
        }
        return path;
    }

    private static Element withHeadline(List<Element> stories, Element h1) {
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
