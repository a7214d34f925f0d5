package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Keeps the article's containers within one story when the page holds several: an infinite-scroll
 * page appends the next story as another full {@code <article>} or as another container with its
 * own {@code h1}, byline and body, and the scorer, seeing two good candidates side by side, would take
 * their common parent, keep the second as a high-scoring sibling, or pick a longer later story
 * alone. The story kept is the one with the page's first {@code h1}, else the first one the
 * containers reach.
 *
 * <p>A story is an outermost {@code <article>}, or the largest element around an {@code h1} that
 * holds no other {@code h1}; either needs prose of its own, so teaser cards and a logo in an
 * {@code h1} are not stories.
 */
final class SeparateStories {
    private SeparateStories() {}

    /** A story needs this many characters outside links (teaser cards and a logo in an h1 have less). */
    private static final int STORY_PROSE = 400;

    /**
     * The page's possible stories in document order, found before the boilerplate is cleaned away:
     * the cleaner removes the {@code <header>} that often holds a story's {@code h1}, while the
     * story's container stays. Every look-up walks up ancestors into a set, so the work stays
     * linear in the number of stories times the depth of the tree.
     */
    /**
     * The possible stories of a page, in document order, and the one that holds the page's first
     * {@code h1} (null if none does), both found before cleaning.
     */
    record Candidates(List<Element> stories, Element withHeadline) {}

    static Candidates candidates(Element body, Deadline deadline) {
        Set<Element> articles = identitySet();
        for (Element article : body.getElementsByTag("article")) {
            if (!hasArticleAncestor(article, body, deadline)) {
                articles.add(article);
            }
        }
        Set<Element> aboveArticles = identitySet();
        for (Element article : articles) {
            for (Element e = article.parent(); e != null && e != body && aboveArticles.add(e); e = e.parent()) {
                deadline.check();
            }
        }
        Set<Element> stories = identitySet();
        stories.addAll(articles);
        for (Element region : headlineRegions(body, deadline)) {
            // a region inside an article, or around one, is that article's story already
            if (!aboveArticles.contains(region) && nearestIn(region, articles, body, deadline) == null) {
                stories.add(region);
            }
        }
        Element h1 = body.selectFirst("h1");
        Element withHeadline = h1 == null ? null : nearestIn(h1, stories, body, deadline);
        return new Candidates(inDocumentOrder(body, stories, deadline), withHeadline);
    }

    /**
     * @param candidates what {@link #candidates} found before cleaning; those the cleaner removed, or
     *                   left without prose, are not stories
     */
    static List<Element> keepOne(List<Element> containers, Candidates candidates, Element body, TextStats stats,
            Deadline deadline) {
        List<Element> stories = new ArrayList<>();
        for (Element story : candidates.stories()) {
            if (isAttached(story, body, deadline) && stats.text(story) - stats.linkText(story) >= STORY_PROSE) {
                stories.add(story);
            }
        }
        if (stories.size() < 2) {
            return containers;
        }
        Set<Element> storySet = identitySet();
        storySet.addAll(stories);
        Set<Element> containerSet = identitySet();
        containerSet.addAll(containers);
        // which story each container lies in, and which container each story lies in
        Map<Element, Element> storyOf = new IdentityHashMap<>();
        Set<Element> reached = identitySet();
        for (Element c : containers) {
            Element story = nearestIn(c, storySet, body, deadline);
            if (story != null) {
                storyOf.put(c, story);
                reached.add(story);
            }
        }
        Map<Element, List<Element>> storiesUnder = new IdentityHashMap<>();
        for (Element story : stories) {
            Element c = nearestIn(story, containerSet, body, deadline);
            if (c != null) {
                storiesUnder.computeIfAbsent(c, k -> new ArrayList<>()).add(story);
                reached.add(story);
            }
        }
        if (reached.isEmpty()) {
            return containers;
        }
        Element kept = storySet.contains(candidates.withHeadline()) ? candidates.withHeadline() : firstReached(stories, reached);
        if (!reached.contains(kept)) {
            // the scorer chose a later story (a longer one, further down the scroll) over the page's own
            return List.of(kept);
        }
        List<Element> out = new ArrayList<>();
        for (Element c : containers) {
            Element story = storyOf.get(c);
            List<Element> under = storiesUnder.getOrDefault(c, List.of());
            if (story == kept) {
                out.add(c);
            } else if (under.contains(kept)) {
                out.add(kept);
            } else if (story == null && under.isEmpty()) {
                out.add(c); // a container outside every story (a paragraph beside the article) stays
            }
        }
        return out;
    }

    private static Element firstReached(List<Element> stories, Set<Element> reached) {
        for (Element story : stories) {
            if (reached.contains(story)) {
                return story;
            }
        }
        throw new IllegalStateException("called with at least one reached story");
    }

    /** For each {@code h1}, the largest element around it that holds no other {@code h1}. */
    private static List<Element> headlineRegions(Element body, Deadline deadline) {
        List<Element> headlines = body.getElementsByTag("h1");
        if (headlines.size() < 2) {
            return List.of();
        }
        // how many h1 each element holds, counted up the ancestors of each h1
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
                deadline.check();
                region = region.parent();
            }
            regions.add(region);
        }
        return regions;
    }

    /** {@code e} or its nearest ancestor below {@code body} that is in {@code set}, or null. */
    private static Element nearestIn(Element e, Set<Element> set, Element body, Deadline deadline) {
        for (Element x = e; x != null && x != body; x = x.parent()) {
            deadline.check();
            if (set.contains(x)) {
                return x;
            }
        }
        return null;
    }

    private static boolean hasArticleAncestor(Element article, Element body, Deadline deadline) {
        for (Element e = article.parent(); e != null && e != body; e = e.parent()) {
            deadline.check();
            if (e.nameIs("article")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cleaner left {@code e} in the tree under {@code body}. */
    private static boolean isAttached(Element e, Element body, Deadline deadline) {
        for (Element x = e; x != null; x = x.parent()) {
            deadline.check();
            if (x == body) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> inDocumentOrder(Element body, Set<Element> wanted, Deadline deadline) {
        List<Element> out = new ArrayList<>();
        if (wanted.isEmpty()) {
            return out;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deadline.check();
                if (node instanceof Element e && wanted.contains(e)) {
                    out.add(e);
                }
            }
        }, body);
        return out;
    }

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
