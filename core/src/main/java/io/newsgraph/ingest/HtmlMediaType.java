package io.newsgraph.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Decides from a declared media type (a response's Content-Type without parameters) whether a body is
 * HTML, is not, or must be sniffed with {@link PageReader#looksLikeHtml}: servers label anything
 * {@code application/octet-stream} or {@code text/plain}, so those prove nothing.
 */
public final class HtmlMediaType {
    public enum Verdict { HTML, OTHER, UNKNOWN }

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> VAGUE = Set.of("application/octet-stream", "text/plain", "application/x-unknown",
            "unknown/unknown", "");

    private HtmlMediaType() {}

    /** @param mediaType the type without parameters, or null when none was declared */
    public static Verdict judge(String mediaType) {
        if (mediaType == null) return Verdict.UNKNOWN;
        String base = mediaType.strip().toLowerCase(Locale.ROOT);
        if (HTML.contains(base)) return Verdict.HTML;
        return VAGUE.contains(base) ? Verdict.UNKNOWN : Verdict.OTHER;
    }
}
