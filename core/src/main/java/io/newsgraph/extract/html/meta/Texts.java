package io.newsgraph.extract.html.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** Small string helpers shared by the readers of this package. */
final class Texts {
    private Texts() {}

    /** Collapses all whitespace (including no-break spaces) to single spaces and strips; null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replace('\u00a0', ' ').replace('\u200b', ' ').replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? null : c;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            String c = clean(v);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The text of an element with a space between the texts of neighbouring elements, so that
     * {@code <span>By</span><a>Jane Roe</a>} reads "By Jane Roe", not "ByJane Roe" as jsoup's text() does.
     */
    static String spaced(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.text());
            } else if (node instanceof Element el && !el.normalName().equals("#root")) {
                sb.append(' ');
            }
        }, e);
        return clean(sb.toString());
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
