package io.newsgraph.spark;

import io.newsgraph.ingest.BoundedBytes;
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
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The per-document stages in a Spark task: the same {@link PageReader} and {@link PageProcessor} as
 * ingest (extraction, statements, mentions), plus what the cross-document stages need precomputed — the
 * statements' sentence vectors, the costly part of stories, and the shingle signature for the
 * near-duplicate join. One reader, processor and encoder per executor JVM, built on first use.
 */
final class PageTask implements Serializable {
    private final EncoderChoice encoder;

    /** One per executor JVM, shared by its task threads (both are thread-safe, as ingest's workers share them). */
    private static final class Stages {
        static final PageReader READER = new PageReader();
        static final PageProcessor PROCESSOR = new PageProcessor();
    }

    PageTask(EncoderChoice encoder) {
        this.encoder = encoder;
    }

    /**
     * The documents of one input file, opened through its Hadoop file system: the file itself, or each HTML
     * response of a WARC archive (streamed, one record in memory at a time).
     */
    List<ProcessedDoc> processFile(String uri) {
        String source = NewsgraphJob.source(uri);
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        List<ProcessedDoc> docs = new ArrayList<>();
        try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
            if (!WarcInput.isWarc(Path.of(path.getName()))) {
                docs.add(process(new CapturedPage(source, null, null, BoundedBytes.read(in, PageReader.DEFAULT_MAX_BYTES))));
                return docs;
            }
            WarcInput.of(in, source, PageReader.DEFAULT_MAX_BYTES).readInto(new PageInput.Sink() {
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
            });
        } catch (PageReadException | IOException e) {
            docs.add(new ProcessedDoc(source, null, List.of(), null, e.getMessage()));
        }
        return docs;
    }

    ProcessedDoc process(PendingPage pending) {
        String source = pending.source();
        Page page;
        try {
            page = pending.read(Stages.READER);
        } catch (PageReadException e) {
            return new ProcessedDoc(source, null, List.of(), null, e.getMessage());
        }
        ProcessedPage p = Stages.PROCESSOR.process(page);
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
