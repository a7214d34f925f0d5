package io.newsgraph.spark;

import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.quotes.Statement;
import io.newsgraph.stories.SentenceEncoder;
import io.newsgraph.stories.ShingleSignature;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-document stages in a Spark task: the same {@link PageReader} and {@link PageProcessor} as
 * ingest (extraction, statements, mentions), plus what the cross-document stages need precomputed — the
 * statements' sentence vectors, the costly part of stories, and the shingle signature for the
 * near-duplicate join. One reader, processor and encoder per executor JVM, built on first use.
 */
final class PageTask implements Serializable {
    private final EncoderChoice encoder;
    private transient PageReader reader;
    private transient PageProcessor processor;

    PageTask(EncoderChoice encoder) {
        this.encoder = encoder;
    }

    ProcessedDoc process(String source, byte[] bytes) {
        if (reader == null) {
            reader = new PageReader();
            processor = new PageProcessor();
        }
        Page page;
        try {
            page = reader.fromBytes(source, null, bytes);
        } catch (PageReadException e) {
            return new ProcessedDoc(source, null, List.of(), null, e.getMessage());
        }
        ProcessedPage p = processor.process(page);
        Page light = new Page(page.source(), page.url(), page.type(), "", page.contentHash());
        if (p.article() == null) {
            return new ProcessedDoc(source, ProcessedPage.failed(light, p.failedStage(), p.failureReason()), List.of(), null,
                    p.failedStage() + ": " + p.failureReason());
        }
        SentenceEncoder e = encoder.encoder();
        List<byte[]> vectors = new ArrayList<>();
        for (Statement s : p.statements()) vectors.add(bytes(e.encode(s.text())));
        int[] signature = p.article().isArticle() ? ShingleSignature.of(p.article().title(), p.article().text()) : null;
        return new ProcessedDoc(source, ProcessedPage.ok(light, p.article(), p.statements(), p.mentions()), vectors, signature, null);
    }

    private static byte[] bytes(SentenceEncoder.SentenceVector v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            v.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }
}
