package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article, in the manner of Readability: every block of prose
 * gives points (for its length and commas, less its links) to its parent and, fading, to the
 * ancestors above; the container with the most points, discounted by its own link density, wins.
 * Siblings of the winner that score well or read as prose are kept with it.
 */
final class ContentScorer {
    private ContentScorer() {}

    private static final int MIN_BLOCK_TEXT = 25;
    private static final int ANCESTOR_LEVELS = 5;

    /** The article's containers in document order: the best candidate and the siblings that belong with it. */
    static List<Element> pick(Element body, TextStats stats, Deadline deadline) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        // candidates in the order first scored (document order), so that ties break the same way every run
        List<Element> candidates = new ArrayList<>();
        List<TextBlock> blocks = BlockCollector.collect(List.of(body), deadline);
        Map<Element, Integer> prose = proseByElement(blocks, body, deadline);
        for (TextBlock block : blocks) {
            deadline.check();
            if (block.chars() < MIN_BLOCK_TEXT) {
                continue;
            }
            double points = (1 + block.commas() + Math.min(block.chars() / 100.0, 3.0)) * (1 - block.linkDensity());
            // a run of text beside block children is a paragraph of its own inside the owner (as
            // Readability wraps such runs in <p>); a block without block children is the paragraph
            Element owner = block.owner();
            Element ancestor = owner == body || hasBlockChildren(owner) ? owner : owner.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double current = scores.get(ancestor);
                if (current == null) {
                    candidates.add(ancestor);
                    current = initialScore(ancestor);
                }
                scores.put(ancestor, current + points / divider);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        Element top = body;
        double best = Double.NEGATIVE_INFINITY;
        for (Element e : candidates) {
            deadline.check();
            double score = scores.get(e) * (1 - stats.linkDensity(e));
            finalScores.put(e, score);
            if (score > best) {
                best = score;
                top = e;
            }
        }
        top = climb(top, body, finalScores);
        top = widen(top, body, prose, stats);
        return withSiblings(top, body, finalScores, stats);
    }

    /** Score an element gets once, the first time it is touched, from its tag and its names. */
    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 25;
        }
        return score + switch (ClassNames.classify(e)) {
            case CONTENT -> 25;
            case BOILERPLATE, SURE_BOILERPLATE -> -25;
            case NEUTRAL -> 0;
        };
    }

    /**
     * Moves up from the winner while its parent scores higher: a winner split across several
     * similar children (one per paragraph group) is really their common parent.
     */
    private static Element climb(Element top, Element body, Map<Element, Double> scores) {
        double topScore = scores.getOrDefault(top, 0.0);
        double last = topScore;
        Element parent = top.parent();
        while (parent != null && parent != body.parent()) {
            Double s = scores.get(parent);
            if (s == null) {
                parent = parent.parent();
                continue;
            }
            if (s < topScore / 3) {
                break;
            }
            if (s > last) {
                return parent;
            }
            last = s;
            if (parent == body) {
                break;
            }
            parent = parent.parent();
        }
        return top;
    }

    /** Blocks of at least this many characters with little link text count as prose when widening. */
    private static final int PROSE_BLOCK = 40;
    /** Widening needs this many characters of new prose per character of other new text. */
    private static final int WIDEN_RATIO = 3;

    /**
     * Characters of prose blocks under every element that has any: each block counts for its
     * owner, then one bottom-up pass sums children into parents (linear however deep the page).
     */
    private static Map<Element, Integer> proseByElement(List<TextBlock> blocks, Element body, Deadline deadline) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if ((b.chars() >= PROSE_BLOCK || b.isHeading()) && b.linkDensity() <= 0.3) {
                prose.merge(b.owner(), b.chars(), Integer::sum);
            }
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deadline.check();
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != body && node instanceof Element e && e.parent() != null) {
                    Integer mine = prose.get(e);
                    if (mine != null) {
                        prose.merge(e.parent(), mine, Integer::sum);
                    }
                }
            }
        }, body);
        return prose;
    }

    /**
     * Moves up from the winner while each step up adds more prose than other text: articles split
     * into several sections (between figures, ads or pull quotes) are gathered into their common
     * parent, and the climb stops where the parent starts to add menus and link lists.
     */
    private static Element widen(Element top, Element body, Map<Element, Integer> prose, TextStats stats) {
        Element current = top;
        Element child = top;
        while (child != body && child.parent() != null && child.parent() != body) {
            Element probe = child.parent();
            int addedProse = prose.getOrDefault(probe, 0) - prose.getOrDefault(current, 0);
            int addedOther = (stats.text(probe) - prose.getOrDefault(probe, 0))
                    - (stats.text(current) - prose.getOrDefault(current, 0));
            if (addedProse < WIDEN_RATIO * addedOther) {
                break;
            }
            if (addedProse > 0) {
                if (!hasTwinWithProse(child, prose)) {
                    break;
                }
                current = probe;
            }
            child = probe;
        }
        return current;
    }

    /**
     * Whether a sibling of {@code e} looks like another part of the same thing: the same tag and a
     * shared class word (two "article-body-text" sections around a photo), holding prose of its own.
     */
    private static boolean hasTwinWithProse(Element e, Map<Element, Integer> prose) {
        Set<String> words = new java.util.HashSet<>();
        ClassNames.words(e.className()).forEach(words::add);
        for (Element sibling : e.parent().children()) {
            if (sibling == e || !sibling.normalName().equals(e.normalName()) || prose.getOrDefault(sibling, 0) == 0) {
                continue;
            }
            for (String w : ClassNames.words(sibling.className())) {
                if (words.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, Element body, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
                continue;
            }
            if (sibling.nameIs("p")) {
                int len = stats.text(sibling);
                double ld = stats.linkDensity(sibling);
                if ((len > 80 && ld < 0.25) || (len > 0 && ld == 0 && HtmlTags.endsSentence(sibling.text()))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element c : e.children()) {
            if (HtmlTags.BLOCK.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }
}
