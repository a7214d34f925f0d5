package io.newsgraph.ingest.fetch;

import io.newsgraph.ingest.CapturedPage;
import io.newsgraph.ingest.HtmlMediaType;
import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.PageReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Article URLs as a page input: each is fetched in turn (politely, by the {@link Fetcher}) and handed
 * on as a page named by its URL, so at most one body is held here. Every URL's outcome is kept for the
 * caller to record once the pages are stored, so that a crash in between refetches rather than loses.
 */
public final class UrlInput implements PageInput {
    /** What happened to one URL: status 200 with a page, else the last status (0: none) and why. */
    public record Outcome(URI url, int status, String reason, boolean isTransient, Instant at) {}

    private final String source;
    private final List<URI> urls;
    private final Fetcher fetcher;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    /** @param source how the list is named when it fails as a whole ("--urls list.txt", a feed) */
    public UrlInput(String source, List<URI> urls, Fetcher fetcher) {
        this.source = source;
        this.urls = List.copyOf(urls);
        this.fetcher = fetcher;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public void readInto(Sink sink) {
        for (URI url : urls) {
            String name = url.toString();
            Fetched f;
            try {
                f = fetcher.get(url, Conditional.NONE);
            } catch (FetchException e) {
                outcomes.add(new Outcome(url, e.status(), e.getMessage(), e.isTransient(), Instant.now()));
                sink.failed(name, e.getMessage());
                continue;
            }
            HtmlMediaType.Verdict verdict = HtmlMediaType.judge(f.mediaType().orElse(null));
            if (verdict == HtmlMediaType.Verdict.OTHER
                    || verdict == HtmlMediaType.Verdict.UNKNOWN && !PageReader.looksLikeHtml(f.body())) {
                outcomes.add(new Outcome(url, f.status(), "not HTML (" + f.mediaType().orElse("no type") + ")", false, f.fetchedAt()));
                sink.skipped("not HTML");
                continue;
            }
            outcomes.add(new Outcome(url, f.status(), null, false, f.fetchedAt()));
            sink.page(new CapturedPage(name, f.url().toString(), f.fetchedAt(), f.body()));
        }
    }

    /** The outcomes so far, in fetch order; complete once {@link #readInto} has returned. */
    public List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }
}
