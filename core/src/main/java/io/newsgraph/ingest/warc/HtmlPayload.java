package io.newsgraph.ingest.warc;

import java.util.Set;
import org.netpreserve.jwarc.MediaType;

/** Decides from a response's Content-Type whether its body is HTML, is not, or must be sniffed. */
final class HtmlPayload {
    enum Verdict { HTML, OTHER, UNKNOWN }

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    // types servers send for anything: the bytes decide
    private static final Set<String> VAGUE = Set.of("application/octet-stream", "text/plain", "application/x-unknown",
            "unknown/unknown");

    private HtmlPayload() {}

    static Verdict judge(MediaType type) {
        if (type == null) return Verdict.UNKNOWN;
        String base = type.base().toString();
        if (HTML.contains(base)) return Verdict.HTML;
        return VAGUE.contains(base) || base.isEmpty() ? Verdict.UNKNOWN : Verdict.OTHER;
    }
}
