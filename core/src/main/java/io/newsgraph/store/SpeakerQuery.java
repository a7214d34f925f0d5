package io.newsgraph.store;

/**
 * Statements by one speaker, matched on a spelling-insensitive name key: every word of {@code speaker}
 * must match a word of the stored speaker's name ("Nakhaleh" finds "Ziyad al-Nakhalah").
 *
 * @param speaker the name as the user types it
 * @param outlet  only statements in articles of this outlet (case-insensitive), or null
 * @param from    published on or after this ISO date, or null
 * @param to      published on or before this ISO date, or null
 * @param limit   at most this many statements
 */
public record SpeakerQuery(String speaker, String outlet, String from, String to, int limit) {
    public SpeakerQuery {
        if (speaker == null || speaker.isBlank()) throw new IllegalArgumentException("empty speaker");
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
    }
}
