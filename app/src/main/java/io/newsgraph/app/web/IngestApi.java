package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsgraph.app.Json;
import io.newsgraph.app.PendingStages;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.IngestSummary;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import io.newsgraph.store.StoryQueries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code POST /api/v1/ingest?source=NAME[&outlet=NAME]} with a page's raw bytes as the body (HTML, a text
 * dump, gzipped or not): the page goes through the same pipeline as {@code newsgraph ingest} (reading,
 * extraction, statements, mentions, the store, then entities and stories) and the answer is the ingest summary
 * with the article as stored.
 */
final class IngestApi {
    private final Stores stores;
    private final long maxBodyBytes;

    IngestApi(Stores stores, long maxBodyBytes) {
        this.stores = stores;
        this.maxBodyBytes = maxBodyBytes;
    }

    void ingest(Context ctx) throws IOException, StoreException {
        String source = Params.required(ctx, "source");
        String outlet = Params.text(ctx, "outlet");
        byte[] body = boundedBody(ctx);
        if (body.length == 0) throw ApiException.badRequest("body: empty; send the page's bytes");
        // The pipeline reads files (its bounded feeder and reader are the ones the CLI uses), so the body becomes one.
        Path file = Files.createTempFile("newsgraph-ingest-", ".page");
        try {
            Files.write(file, body);
            ObjectNode answer = stores.write(db -> {
                PageProcessor processor = outlet == null ? new PageProcessor() : PageProcessor.withFallbackOutlet(outlet);
                IngestSummary s = new IngestPipeline(db, new PageReader(maxBodyBytes), processor, 1, 1, Progress.NONE)
                        .run(new SourceFiles.Expansion(List.of(new SourceFiles.Entry(file, source)), List.of(), 0));
                PendingStages.finish(db);
                ObjectNode o = Json.summaryNode(s);
                ArrayNode failures = o.putArray("failures");
                for (var f : s.failures()) failures.addObject().put("source", f.source()).put("reason", f.reason());
                if (s.failed() > 0) return o;
                Long id = db.pageId(hashOf(file, source));
                StoredArticles.Stored stored = id == null ? null : new StoredArticles(db).stored(id);
                if (stored == null) {
                    o.putNull("article");
                } else {
                    ObjectNode article = o.putObject("article").put("id", id);
                    article.setAll(Json.storedArticleNode(stored, ArticleNames.of(db, stored)::get, new StoryQueries(db).storyOf(stored.pageId())));
                }
                return o;
            });
            // 422: the bytes arrived but are no page (binary, empty text): the request was fine, its content not
            ctx.status(answer.get("failed").asLong() > 0 ? 422 : answer.get("new").asLong() > 0 ? 201 : 200);
            Answers.json(ctx, answer);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The content hash the pipeline keyed the page by (read the same way, so gzip is undone the same way). */
    private String hashOf(Path file, String source) throws StoreException {
        try {
            return new PageReader(maxBodyBytes).read(file, source).contentHash();
        } catch (PageReadException e) {
            throw new StoreException("page stored but unreadable again: " + e.getMessage(), e);
        }
    }

    /** The body, refused with 413 past the limit whether or not the client declared its length. */
    private byte[] boundedBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) throw tooLarge();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBodyBytes) throw tooLarge();
            return bytes;
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body: larger than " + maxBodyBytes + " bytes");
    }
}
