package io.newsgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed into a search, parsed once for every search engine: a disjunction of groups, each
 * group a conjunction of phrases. An article matches when it holds every phrase of at least one group.
 * "Quoted words" stay one phrase; every other word is a phrase of one word; a bare {@code OR} between two
 * parts separates groups (AND binds tighter than OR, as in FTS5). A leading {@code OR} is a word. Parts
 * without a letter or digit are dropped. Immutable.
 *
 * @param groups the groups, none empty
 */
public record SearchTerms(List<List<String>> groups) {
    public SearchTerms {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /** True when nothing searchable was typed (only punctuation, say). */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public static SearchTerms parse(String userQuery) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int i = 0;
        String q = userQuery.strip();
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                if (end < 0) end = q.length();
                addPhrase(group, q.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') end++;
                String word = q.substring(i, end);
                if (word.equals("OR") && !(groups.isEmpty() && group.isEmpty())) {
                    if (!group.isEmpty()) groups.add(group);
                    group = new ArrayList<>();
                } else {
                    addPhrase(group, word);
                }
                i = end;
            }
        }
        if (!group.isEmpty()) groups.add(group);
        return new SearchTerms(groups);
    }

    private static void addPhrase(List<String> group, String words) {
        if (words.codePoints().anyMatch(Character::isLetterOrDigit)) group.add(words.strip());
    }
}
