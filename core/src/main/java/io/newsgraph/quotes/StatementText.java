package io.newsgraph.quotes;

/** Trims a content span to the statement's words: no "that", no closing punctuation or footnote marks. */
final class StatementText {

    private StatementText() {
    }

    /** {start, end} of the cleaned span inside {@code [start, end)} of {@code body}; start == end when empty. */
    static int[] clean(String body, int start, int end, boolean dropThat) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            if (dropThat && body.startsWith("that ", s)) {
                s += 5;
                changed = true;
            }
            while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || ",;:.".indexOf(body.charAt(e - 1)) >= 0)) {
                e--;
                changed = true;
            }
            // footnote marks at the end ("… West Bank.[3]")
            if (e > s && body.charAt(e - 1) == ']') {
                int open = body.lastIndexOf('[', e - 1);
                if (open >= s && body.substring(open + 1, e - 1).matches("\\d{1,3}")) {
                    e = open;
                    changed = true;
                }
            }
        }
        return new int[] {s, e};
    }

    /** A direct quote's words: a comma closing the quotation is dropped, other final punctuation kept. */
    static int[] quote(String body, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(body.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) e--;
        return new int[] {s, e};
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
