package io.newsgraph.entities;

import java.util.Objects;

/**
 * One span of an article that names a person, organization or place, immutable.
 *
 * @param text     the name as written, with a leading honorific kept ("Sayyed Ali Khamenei") but without a
 *                 role title, a leading "the" or a possessive ending
 * @param type     what it names
 * @param embed    -1 for the article body, else the index of the embedded post in {@code Article.embeds}
 * @param start    offset of the first character in the body (or in that embed)
 * @param end      offset just past the last character
 * @param referent the fullest form of the same name in this article, as written: the full name a surname
 *                 alone refers to, the long form an acronym stands for, or {@code text} itself
 */
public record Mention(String text, EntityType type, int embed, int start, int end, String referent) implements java.io.Serializable {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + text);
        if (referent == null || referent.isBlank()) referent = text;
    }

    /** A mention that is its own referent. */
    public static Mention of(String text, EntityType type, int embed, int start, int end) {
        return new Mention(text, type, embed, start, end, text);
    }

    public Mention withReferent(String r) {
        return new Mention(text, type, embed, start, end, r);
    }

    public Mention withType(EntityType t) {
        return new Mention(text, t, embed, start, end, referent);
    }
}
