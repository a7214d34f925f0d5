package io.newsgraph.pipeline;

import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.ingest.feeds.FeedContent;
import io.newsgraph.ingest.feeds.FeedException;
import io.newsgraph.ingest.feeds.FeedReader;
import io.newsgraph.ingest.fetch.Conditional;
import io.newsgraph.ingest.fetch.FetchException;
import io.newsgraph.ingest.fetch.Fetched;
import io.newsgraph.ingest.fetch.Fetcher;
import io.newsgraph.ingest.fetch.UrlInput;
import io.newsgraph.store.FetchState;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pages from the web into the store: polls feeds, OPML lists and sitemaps for article URLs, fetches the
 * ones never fetched before through the same {@link IngestPipeline} as files, and then records in the
 * store what was fetched and each feed's validators, so that the next poll (or a restart) sends
 * conditional GETs and fetches only what is new. Recording comes after the pages are written, so a
 * crash between the two refetches pages rather than losing them.
 */
public final class WebIngest {
    /**
     * One poll: {@code documents} polled, of which {@code notModified} answered 304; {@code failures}
     * names each document that failed; {@code newUrls} article URLs were fetched into {@code pages}.
     */
    public record PollReport(int documents, int notModified, List<IngestSummary.Failure> failures, int newUrls,
                             IngestSummary pages) {
        public PollReport {
            failures = List.copyOf(failures);
        }
    }

    private final IngestPipeline pipeline;
    private final FetchState state;
    private final Fetcher fetcher;
    private final Consumer<String> log;

    /** @param log receives one progress line per document polled */
    public WebIngest(NewsStore store, IngestPipeline pipeline, Fetcher fetcher, Consumer<String> log) {
        this.pipeline = pipeline;
        this.state = new FetchState(store);
        this.fetcher = fetcher;
        this.log = log;
    }

    /** Polls each document (http(s) URL, or a local file such as an OPML list) once, and ingests what is new. */
    public PollReport poll(List<URI> documents) throws StoreException {
        Deque<URI> queue = new ArrayDeque<>(documents);
        Set<URI> polled = new HashSet<>();
        Set<URI> articles = new LinkedHashSet<>();
        List<FetchState.Feed> feeds = new ArrayList<>();
        List<IngestSummary.Failure> failures = new ArrayList<>();
        int notModified = 0;
        while (!queue.isEmpty()) {
            URI doc = queue.poll();
            if (!polled.add(doc)) continue; // an OPML list naming a feed twice, a sitemap index naming itself
            Instant now = Instant.now();
            Conditional since = state.feed(doc.toString()).map(f -> new Conditional(f.etag(), f.lastModified()))
                    .orElse(Conditional.NONE);
            Fetched got;
            try {
                got = get(doc, since);
            } catch (FetchException e) {
                failures.add(new IngestSummary.Failure(doc.toString(), e.getMessage()));
                feeds.add(new FetchState.Feed(doc.toString(), since.etag(), since.lastModified(), now, e.getMessage()));
                continue;
            }
            if (got.notModified()) {
                notModified++;
                log.accept("watch: " + doc + ": not modified");
                feeds.add(new FetchState.Feed(doc.toString(), since.etag(), since.lastModified(), now, "not modified"));
                continue;
            }
            try {
                FeedContent content = FeedReader.read(doc, got.body());
                articles.addAll(content.articles());
                queue.addAll(content.feeds());
                log.accept("watch: " + doc + ": " + content.articles().size() + " article link(s)"
                        + (content.feeds().isEmpty() ? "" : ", " + content.feeds().size() + " feed(s)"));
                // a list of feeds is always read whole (it is small): after a 304 its feeds would go unpolled
                boolean conditional = content.feeds().isEmpty() && !"file".equals(doc.getScheme());
                feeds.add(new FetchState.Feed(doc.toString(), conditional ? got.etag() : null,
                        conditional ? got.lastModified() : null, now, "ok"));
            } catch (FeedException e) {
                failures.add(new IngestSummary.Failure(doc.toString(), e.getMessage()));
                // no validators: the next poll fetches it whole again
                feeds.add(new FetchState.Feed(doc.toString(), null, null, now, e.getMessage()));
            }
        }
        for (String retry : state.retryable()) articles.add(URI.create(retry));
        List<URI> fresh = unfetched(new ArrayList<>(articles));
        IngestSummary pages = ingest(SourceFiles.expand(List.of()), "watch", fresh, feeds);
        return new PollReport(polled.size(), notModified, failures, fresh.size(), pages);
    }

    /**
     * Files (as {@code ingest} reads them) plus URLs to fetch, in one pipeline run; the URLs' outcomes and
     * {@code feeds} are recorded afterwards. {@code urlSource} names the URL list in failures.
     */
    public IngestSummary ingest(SourceFiles.Expansion files, String urlSource, List<URI> urls, List<FetchState.Feed> feeds)
            throws StoreException {
        List<PageInput> inputs = new ArrayList<>(pipeline.inputsOf(files));
        UrlInput fetched = new UrlInput(urlSource, urls, fetcher);
        inputs.add(fetched);
        IngestSummary summary = pipeline.run(inputs, IngestPipeline.missingOf(files));
        state.record(fetched.outcomes().stream()
                .map(o -> new FetchState.Fetch(o.url().toString(), o.status(), o.reason(), o.isTransient(), o.at()))
                .toList(), feeds);
        return summary;
    }

    /** Only the URLs that were never fetched, or failed transiently and may be tried again. */
    public List<URI> unfetched(List<URI> urls) throws StoreException {
        List<URI> fresh = new ArrayList<>();
        for (URI u : urls) if (state.needsFetch(u.toString())) fresh.add(u);
        return fresh;
    }

    private Fetched get(URI doc, Conditional since) throws FetchException {
        if (!"file".equals(doc.getScheme())) return fetcher.get(doc, since);
        try {
            return new Fetched(doc, 200, Files.readAllBytes(Path.of(doc)), null, null, null, Instant.now());
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("cannot read: " + e.getMessage(), 0, false);
        }
    }
}
