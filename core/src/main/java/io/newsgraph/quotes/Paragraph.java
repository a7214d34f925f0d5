package io.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of an article body with its offsets, immutable. */
record Paragraph(int index, int start, int end, String text) {

    /** The body's paragraphs: blocks separated by a blank line, trimmed, empty ones dropped. */
    static List<Paragraph> split(String body) {
        List<Paragraph> out = new ArrayList<>();
        int from = 0;
        while (from <= body.length()) {
            int brk = body.indexOf("\n\n", from);
            int to = brk < 0 ? body.length() : brk;
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (e > s) out.add(new Paragraph(out.size(), s, e, body.substring(s, e)));
            if (brk < 0) break;
            from = brk + 2;
        }
        return out;
    }

    /** A heading: short, one line, no closing punctuation. Headings name topics; they report no speech. */
    boolean isHeading() {
        String t = text.strip();
        if (t.contains("\n") || t.length() > 120) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?\"”’…:".indexOf(last) < 0;
    }
}
