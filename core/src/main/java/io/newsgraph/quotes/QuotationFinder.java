package io.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages in paragraphs: curly (“…”) and straight ("…") marks. Single quotes are left
 * alone: in English news they mark quotes inside quotes and scare quotes, and the straight one is also the
 * apostrophe. A quotation still open at the end of a paragraph continues when the next paragraph opens
 * with a quotation mark — the newspaper convention for quotes over several paragraphs.
 */
final class QuotationFinder {

    List<Quotation> find(String body, List<Paragraph> paragraphs) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        int start = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            int i = para.start();
            if (open >= 0 && !isOpening(body, i)) {
                // the quote did not continue: it ends with its paragraph
                out.add(new Quotation(open, start, paragraphs.get(p - 1).end(), -1));
                open = -1;
            } else if (open >= 0) {
                i++; // the continuation paragraph's opening mark
            }
            for (; i < para.end(); i++) {
                char c = body.charAt(i);
                if (open < 0 && (c == '“' || (c == '"' && isOpening(body, i)))) {
                    open = i;
                    start = i + 1;
                } else if (open >= 0 && (c == '”' || c == '"')) {
                    out.add(new Quotation(open, start, i, i));
                    open = -1;
                }
            }
        }
        if (open >= 0) out.add(new Quotation(open, start, paragraphs.get(paragraphs.size() - 1).end(), -1));
        return out;
    }

    private static boolean isOpening(String body, int i) {
        char c = body.charAt(i);
        if (c == '“') return true;
        if (c != '"') return false;
        return i == 0 || Character.isWhitespace(body.charAt(i - 1)) || "([—–-:".indexOf(body.charAt(i - 1)) >= 0;
    }
}
