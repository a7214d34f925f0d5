package io.newsgraph.spark;

import io.newsgraph.ingest.CapturedPage;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.PendingPage;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.warc.WarcInput;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.input.PortableDataStream;

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

    /** The documents of one input file: the file itself, or each HTML response of a WARC archive. */
    List<ProcessedDoc> processFile(String source, PortableDataStream file) {
        if (!WarcInput.isWarc(Path.of(source))) return List.of(process(new CapturedPage(source, null, null, file.toArray())));
        List<ProcessedDoc> docs = new ArrayList<>();
        PageInput.Sink sink = new PageInput.Sink() {
            @Override
            public void page(PendingPage page) {
                docs.add(process(page));
            }

            @Override
            public void skipped(String reason) {
                // not a page (request, metadata, non-HTML); the WARC reader's counts are ingest's concern
            }

            @Override
            public void failed(String name, String reason) {
                docs.add(new ProcessedDoc(name, null, List.of(), null, reason));
            }
        };
        try {
            WarcInput.of(file.open(), source, PageReader.DEFAULT_MAX_BYTES).readInto(sink);
        } catch (PageReadException e) {
            docs.add(new ProcessedDoc(source, null, List.of(), null, e.getMessage()));
        }
        return docs;
    }

    ProcessedDoc process(PendingPage pending) {
        if (reader == null) {
            reader = new PageReader();
            processor = new PageProcessor();
        }
        String source = pending.source();
        Page page;
        try {
            page = pending.read(reader);
        } catch (PageReadException e) {
            return new ProcessedDoc(source, null, List.of(), null, e.getMessage());
        }
        ProcessedPage p = processor.process(page);
        Page light = new Page(page.source(), page.url(), page.type(), "", page.contentHash(), page.fetchedAt());
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
