package io.newsgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user types into an FTS5 query: "quoted words" stay a phrase, other words are each
 * quoted (so hyphens, colons and FTS5 keywords in news text are taken literally), and all parts must
 * match. A bare {@code OR} between two parts is kept as the operator.
 */
final class FtsQuery {
    private FtsQuery() {}

    static String of(String userQuery) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        String q = userQuery.strip();
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                if (end < 0) end = q.length();
                addPhrase(parts, q.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') end++;
                String word = q.substring(i, end);
                if (word.equals("OR") && !parts.isEmpty()) parts.add("OR");
                else addPhrase(parts, word);
                i = end;
            }
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).equals("OR")) parts.remove(parts.size() - 1);
        return String.join(" ", parts);
    }

    private static void addPhrase(List<String> parts, String words) {
        if (words.codePoints().anyMatch(Character::isLetterOrDigit)) {
            parts.add('"' + words.strip().replace("\"", "\"\"") + '"');
        }
    }
}
