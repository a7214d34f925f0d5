package io.newsgraph.extract.html.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Small string helpers shared by the readers of this package. */
final class Texts {
    private Texts() {}

    /** Collapses all whitespace (including no-break spaces) to single spaces and strips; null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        // one pass instead of replaceAll("\\s+", " "), which compiled a regex on every call (one per element)
        StringBuilder sb = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isCollapsed(c)) {
                sb.append(c);
                inRun = false;
            } else if (!inRun) {
                sb.append(' ');
                inRun = true;
            }
        }
        String c = sb.toString().strip();
        return c.isEmpty() ? null : c;
    }

    /** The characters that {@link #clean} turns into a space and collapses: regex {@code \s} plus no-break and zero-width spaces. */
    private static boolean isCollapsed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u200b';
    }

    /**
     * {@code clean(e.ownText())}, without building the text of the many elements that have none of their own
     * (wrappers): the readers that look for a short line call this on every element of the page.
     */
    static String ownText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return clean(e.ownText());
            }
        }
        return null; // only blank text nodes, and <br>s that add spaces: clean() would give null
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

    /** Marks an inline element boundary while {@link #spaced} collects text. */
    private static final char BOUNDARY = '\u0001';

    /**
     * The text of an element with a space where neighbouring elements would show one: around block elements
     * and {@code <br>} always, at an inline boundary when a capital or a digit follows, so that
     * {@code <span>By</span><a>Jane Roe</a>} reads "By Jane Roe" (jsoup's text() gives "ByJane Roe") while
     * "Knigh<span>t</span>" stays one word.
     */
    static String spaced(Element e) {
        return spaced(e, Integer.MAX_VALUE);
    }

    /** Most nodes {@link #spaced(Element, int)} visits before it gives up on an element as too big. */
    static final int MAX_SHORT_NODES = 500;

    /**
     * Like {@link #spaced(Element)}, for short texts only: null when the element's text is blank, longer than
     * {@code limit} characters or spread over more than {@link #MAX_SHORT_NODES} nodes. Reading stops as soon
     * as a limit is passed, so looking at every element of a page this way stays linear in the page's size.
     */
    static String spaced(Element e, int limit) {
        StringBuilder sb = new StringBuilder();
        boolean[] tooBig = {false};
        int maxNodes = limit == Integer.MAX_VALUE ? Integer.MAX_VALUE : MAX_SHORT_NODES;
        NodeTraversor.filter(new NodeFilter() {
            private int nodes;
            private int chars;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes > maxNodes) {
                    tooBig[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String text = t.text();
                    for (int i = 0; i < text.length(); i++) {
                        if (!Character.isWhitespace(text.charAt(i))) {
                            chars++; // a lower bound of the collapsed length, checked again at the end
                        }
                    }
                    if (chars > limit) {
                        tooBig[0] = true;
                        return FilterResult.STOP;
                    }
                    sb.append(text);
                } else if (node instanceof Element el && depth > 0) {
                    sb.append(el.isBlock() || el.normalName().equals("br") ? ' ' : BOUNDARY);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && depth > 0) {
                    sb.append(el.isBlock() ? ' ' : BOUNDARY);
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooBig[0]) {
            return null;
        }
        String text = collapse(sb);
        return text != null && text.length() > limit ? null : text;
    }

    /**
     * The first element under {@code e} (itself included, in document order) that the test accepts, looking at
     * no more than {@code maxNodes} nodes; null when none is found within them.
     */
    static Element findWithin(Element e, java.util.function.Predicate<Element> test, int maxNodes) {
        Element[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            private int nodes;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes > maxNodes) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element el && test.test(el)) {
                    found[0] = el;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return found[0];
    }

    private static String collapse(StringBuilder sb) {
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != BOUNDARY) {
                out.append(c);
                continue;
            }
            int j = i;
            while (j < sb.length() && sb.charAt(j) == BOUNDARY) {
                j++;
            }
            char next = j < sb.length() ? sb.charAt(j) : ' ';
            char prev = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
            if (!Character.isWhitespace(prev) && (Character.isUpperCase(next) || Character.isDigit(next))
                    && !Character.isUpperCase(prev)) {
                out.append(' ');
            }
            i = j - 1;
        }
        return clean(out.toString());
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&#?\\w{2,8};");

    /** Decodes HTML entities left in attribute or JSON values by double escaping ("Redacci&oacute;n"). */
    static String unescape(String s) {
        if (s == null || !ENTITY.matcher(s).find()) {
            return s;
        }
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
