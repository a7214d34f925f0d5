package io.newsgraph.entities;

import java.util.List;

/**
 * Whether a name someone typed or a statement gave ("Nakhaleh", "Ziad Al-Nakhaleh", "PIJ") names the
 * same thing as a form an entity is written in: the same words in any spelling {@link NameKeys} equates,
 * a surname alone for a full name, an organization's key or its acronym.
 */
public final class NameMatch {
    private NameMatch() {}

    public static boolean matches(String query, EntityType type, String form) {
        if (query == null || query.isBlank() || form == null) return false;
        String q = query.strip();
        if (q.equalsIgnoreCase(form) || q.equalsIgnoreCase(MentionGroup.bareName(form))) return true;
        if (type == EntityType.PERSON) return samePerson(NameKeys.personWords(q), NameKeys.personWords(form));
        if (NameKeys.isAcronym(q)) {
            String acr = NameKeys.acronymKey(q);
            return acr.equals(NameKeys.acronymKey(form)) || NameKeys.acronymsOf(form).contains(acr);
        }
        return NameKeys.orgKey(q).equals(NameKeys.orgKey(form));
    }

    /** The surname agrees, and the given name too when both have one. */
    private static boolean samePerson(List<String> query, List<String> form) {
        if (query.isEmpty() || form.isEmpty()) return false;
        if (!NameKeys.sameWord(last(query), last(form))) return false;
        return query.size() < 2 || form.size() < 2 || NameKeys.sameWord(query.get(0), form.get(0));
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
