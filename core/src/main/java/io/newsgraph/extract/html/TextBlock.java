package io.newsgraph.extract.html;

/**
 * One block of visible text as laid out on the page (a paragraph, heading, list item, cell), with how
 * much of it sits inside links. Immutable.
 *
 * @param text      whitespace-normalised text
 * @param tag       the innermost block element it came from ("p", "h2", "li", "div", …)
 * @param linkChars non-whitespace characters inside links
 * @param chars     non-whitespace characters in all
 */
record TextBlock(String text, String tag, int linkChars, int chars) {

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
