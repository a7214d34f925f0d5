package io.newsgraph.ingest.warc;

import io.newsgraph.ingest.BoundedBytes;
import io.newsgraph.ingest.CapturedPage;
import io.newsgraph.ingest.HtmlMediaType;
import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * One WARC file (plain or gzipped, as jwarc detects) as a page input: each {@code response} record whose
 * HTTP status is 200 and whose payload is HTML becomes a page with the record's target URL and WARC-Date
 * (kept as the fetch time, never as a publish date), named {@code source#offset} so that the same record
 * always has the same name. Records are streamed: only the current record's body is in memory.
 */
public final class WarcInput implements PageInput {
    private final Opener opener;
    private final String source;
    private final long maxBytes;

    private interface Opener {
        WarcReader open() throws IOException;
    }

    private WarcInput(Opener opener, String source, long maxBytes) {
        this.opener = opener;
        this.source = source;
        this.maxBytes = maxBytes;
    }

    public WarcInput(Path file, String source, long maxBytes) {
        this(() -> new WarcReader(file), source, maxBytes);
    }

    /** An archive read from a stream (a Hadoop file in a Spark task); the stream is closed once read. */
    public static WarcInput of(InputStream in, String source, long maxBytes) {
        return new WarcInput(() -> new WarcReader(in), source, maxBytes);
    }

    /** By name: {@code .warc} and {@code .warc.gz}, as archives are conventionally named. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public void readInto(Sink sink) throws PageReadException {
        long lastGood = 0;
        try (WarcReader reader = opener.open()) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord record = next.get();
                lastGood = record.position();
                take(record, sink);
            }
        } catch (ParsingException e) {
            throw new PageReadException("corrupt WARC after offset " + lastGood + ": " + e.getBaseMessage()
                    + " (records before it were read)", e);
        } catch (IOException e) {
            throw new PageReadException("truncated or unreadable WARC after offset " + lastGood + ": " + e
                    + " (records before it were read)", e);
        }
    }

    private void take(WarcRecord record, Sink sink) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            sink.skipped(record.type());
            return;
        }
        String name = source + "#" + record.position();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            sink.skipped("not HTTP");
            return;
        }
        if (http.status() != 200) {
            sink.skipped("HTTP status not 200");
            return;
        }
        MediaType type = http.contentType();
        HtmlMediaType.Verdict verdict = HtmlMediaType.judge(type == null ? null : type.base().toString());
        if (verdict == HtmlMediaType.Verdict.OTHER) {
            sink.skipped("not HTML");
            return;
        }
        byte[] body;
        try {
            body = BoundedBytes.read(Channels.newInputStream(http.bodyDecoded()), maxBytes);
        } catch (PageReadException e) {
            sink.failed(name, e.getMessage());
            return;
        }
        if (verdict == HtmlMediaType.Verdict.UNKNOWN && !PageReader.looksLikeHtml(body)) {
            sink.skipped("not HTML");
            return;
        }
        sink.page(new CapturedPage(name, response.target(), record.date(), body));
    }
}
