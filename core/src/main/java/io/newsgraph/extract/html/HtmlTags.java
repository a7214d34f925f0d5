package io.newsgraph.extract.html;

import java.util.Set;

/** How HTML elements lay out text: which ones start a block and which ones run inside a sentence. */
final class HtmlTags {
    private HtmlTags() {}

    /** Elements that start a new block in layout; their presence makes a div a container, not a paragraph. */
    static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br", "caption");

    /** Phrasing elements, which sit inside sentences (a linked name, an emphasised word). */
    static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
            "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins");

    /** Whether text ends like a sentence (".", "!", "?", "。"), looking past closing quotes and brackets. */
    static boolean endsSentence(String text) {
        int end = text.strip().length();
        String t = text.strip();
        while (end > 0 && "\"”’')»".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = t.charAt(end - 1);
        return last == '.' || last == '!' || last == '?' || last == '。' || last == '！' || last == '？';
    }
}
