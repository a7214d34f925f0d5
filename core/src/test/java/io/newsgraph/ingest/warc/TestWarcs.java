package io.newsgraph.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes small WARC files with jwarc's own writer, one of each kind of record a crawl holds: four HTML
 * pages (plain, gzip content-encoding, chunked, and one sent as octet-stream that must be sniffed),
 * then a request, a metadata record, a revisit, an image, a 404 page and a JSON response to skip.
 */
public final class TestWarcs {
    public static final Instant DATE = Instant.parse("2024-04-13T22:31:05Z");
    public static final int PAGES = 4;
    public static final int SKIPPED = 6;

    private TestWarcs() {}

    public static String article(int i) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Archived report " + i + "</title></head><body><article>"
                + "<h1>Archived report " + i + "</h1>"
                + "<p>The mayor said on Friday that the bridge number " + i + " would reopen in the spring, after"
                + " engineers finished repairs that began when a barge struck one of its piers last year.</p>"
                + "<p>Residents told reporters the closure had doubled their commute, and a petition asking for a"
                + " temporary ferry collected more than " + (i + 2) + " thousand signatures in a week.</p>"
                + "</article></body></html>";
    }

    public static String url(int i) {
        return "https://news.example.org/2024/04/report-" + i;
    }

    /** Writes the crawl to {@code file}, gzipped per record when {@code gzip}. */
    public static Path write(Path file, boolean gzip) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(new WarcRequest.Builder(URI.create(url(0))).date(DATE)
                    .body(new HttpRequest.Builder("GET", "/2024/04/report-0").addHeader("Host", "news.example.org").build())
                    .build());
            w.write(response(url(0), new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, utf8(article(0))).build()));
            w.write(response(url(1), new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                    .body(MediaType.HTML, gzipped(utf8(article(1)))).build()));
            w.write(response(url(2), new HttpResponse.Builder(200, "OK").addHeader("Transfer-Encoding", "chunked")
                    .body(MediaType.HTML, chunked(utf8(article(2)))).build()));
            w.write(response(url(3), new HttpResponse.Builder(200, "OK").body(MediaType.OCTET_STREAM, utf8(article(3))).build()));
            w.write(new WarcMetadata.Builder().targetURI(url(0)).date(DATE)
                    .body(MediaType.WARC_FIELDS, utf8("outlinks: https://news.example.org/\r\n")).build());
            w.write(new WarcRevisit.Builder(URI.create(url(0))).date(DATE)
                    .body(new HttpResponse.Builder(200, "OK").build()).build());
            w.write(response("https://news.example.org/logo.png", new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}).build()));
            w.write(response("https://news.example.org/gone", new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.HTML, utf8("<html><body><p>Not found</p></body></html>")).build()));
            w.write(response("https://news.example.org/api", new HttpResponse.Builder(200, "OK")
                    .body(MediaType.JSON, utf8("{\"a\":1}")).build()));
        }
        return file;
    }

    private static WarcResponse response(String url, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).date(DATE).body(http).build();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzipped(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] b) {
        int half = b.length / 2;
        String s = Integer.toHexString(half) + "\r\n" + new String(b, 0, half, StandardCharsets.ISO_8859_1) + "\r\n"
                + Integer.toHexString(b.length - half) + "\r\n" + new String(b, half, b.length - half, StandardCharsets.ISO_8859_1)
                + "\r\n0\r\n\r\n";
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
