package io.newsgraph.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text amounts under every element of a tree, counted in one iterative pass (no recursion, so deep
 * pages cannot overflow the stack): visible characters, characters inside links, and commas.
 * Characters are non-whitespace chars, so indentation in the source does not count as text.
 * A snapshot: changing the tree afterwards does not update it.
 */
final class TextStats {

    private final Map<Element, int[]> byElement = new IdentityHashMap<>();

    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int COMMAS = 2;

    private TextStats() {}

    static TextStats of(Element root, Deadline deadline) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deadline.check();
                if (node instanceof TextNode t) {
                    stats.addText(t);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.parent() != null && node != root) {
                    int[] mine = stats.byElement.get(e);
                    if (mine != null) {
                        int[] parent = stats.byElement.computeIfAbsent(e.parent(), k -> new int[3]);
                        parent[TEXT] += mine[TEXT];
                        parent[LINK] += e.nameIs("a") ? mine[TEXT] : mine[LINK];
                        parent[COMMAS] += mine[COMMAS];
                    }
                }
            }
        }, root);
        return stats;
    }

    private void addText(TextNode t) {
        Node parent = t.parentNode();
        if (!(parent instanceof Element p)) {
            return;
        }
        String s = t.getWholeText();
        int chars = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && !isNoise(c)) {
                chars++;
                if (c == ',' || c == '\uff0c' || c == '\u060c') {
                    commas++;
                }
            }
        }
        if (chars > 0) {
            int[] counts = byElement.computeIfAbsent(p, k -> new int[3]);
            counts[TEXT] += chars;
            counts[COMMAS] += commas;
        }
    }

    /**
     * Characters that are never text: control characters other than whitespace (a NUL in the page
     * becomes one) and U+FFFD, which the parser and the decoder put where the input was broken.
     */
    static boolean isNoise(char c) {
        // the control characters (Unicode category Cc) are exactly U+0000-U+001F and U+007F-U+009F; testing
        // the ranges instead of Character.getType keeps this cheap for the ordinary characters of every page
        boolean control = c < '\u0020' || (c >= '\u007f' && c <= '\u009f');
        return c == '\ufffd' || (control && !Character.isWhitespace(c));
    }

    /** Visible characters under {@code e}. */
    int text(Element e) {
        int[] c = byElement.get(e);
        return c == null ? 0 : c[TEXT];
    }

    /** Visible characters under {@code e} that sit inside links (all of them when e is a link). */
    int linkText(Element e) {
        int[] c = byElement.get(e);
        if (c == null) {
            return 0;
        }
        return e.nameIs("a") ? c[TEXT] : c[LINK];
    }

    int commas(Element e) {
        int[] c = byElement.get(e);
        return c == null ? 0 : c[COMMAS];
    }

    /** Share of the text under {@code e} that is link text, 0 for an element without text. */
    double linkDensity(Element e) {
        int text = text(e);
        return text == 0 ? 0 : (double) linkText(e) / text;
    }
}
