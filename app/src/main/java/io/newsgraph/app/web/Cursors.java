package io.newsgraph.app.web;

import io.newsgraph.store.ArticleListing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code cursor} of article listings: the last article's position, made opaque (base64url of
 * "published|id") so clients pass it back unchanged rather than build one.
 */
final class Cursors {
    private Cursors() {}

    static String encode(ArticleListing.Cursor c) {
        if (c == null) return null;
        String raw = c.published() + "|" + c.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor holds; null for null; a 400 for anything this server did not give out. */
    static ArticleListing.Cursor decode(String cursor) {
        if (cursor == null) return null;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            if (bar >= 0 && raw.substring(0, bar).matches("|\\d{4}-\\d{2}-\\d{2}.*")) {
                long id = Long.parseLong(raw.substring(bar + 1));
                if (id > 0) return new ArticleListing.Cursor(raw.substring(0, bar), id);
            }
        } catch (IllegalArgumentException e) {
            // reported below (NumberFormatException is one)
        }
        throw ApiException.badRequest("cursor: not a cursor from this server: " + cursor);
    }
}
