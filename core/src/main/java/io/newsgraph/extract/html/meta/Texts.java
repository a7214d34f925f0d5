package io.newsgraph.extract.html.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
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

    /** Marks an inline element boundary while {@link #spaced} collects text. */
    private static final char BOUNDARY = '\u0001';

    /**
     * The text of an element with a space where neighbouring elements would show one: around block elements
     * and {@code <br>} always, at an inline boundary when a capital or a digit follows, so that
     * {@code <span>By</span><a>Jane Roe</a>} reads "By Jane Roe" (jsoup's text() gives "ByJane Roe") while
     * "Knigh<span>t</span>" stays one word.
     */
    static String spaced(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element el && depth > 0) {
                    sb.append(el.isBlock() || el.normalName().equals("br") ? ' ' : BOUNDARY);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && depth > 0) {
                    sb.append(el.isBlock() ? ' ' : BOUNDARY);
                }
            }
        }, e);
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
