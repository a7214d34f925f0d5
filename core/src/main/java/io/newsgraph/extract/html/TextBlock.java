package io.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/**
 * One block of visible text as laid out on the page (a paragraph, heading, list item, cell), with how
 * much of it sits inside links. Immutable.
 *
 * @param text      whitespace-normalised text
 * @param tag       the innermost block element it came from ("p", "h2", "li", "div", …)
 * @param linkChars non-whitespace characters inside links
 * @param chars     non-whitespace characters in all
 * @param owner     the innermost block element holding the text (a live tree node, used for scoring)
 */
record TextBlock(String text, String tag, int linkChars, int chars, Element owner) {

    /** Commas in the text: a cheap sign of sentences rather than menu entries. */
    int commas() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
