package io.newsgraph.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small gzipped crawl of generated reports, as a news crawl stores them: request and response records, and an image. */
final class GeneratedWarc {
    private static final Instant DATE = Instant.parse("2024-05-20T08:00:00Z");

    private GeneratedWarc() {}

    /** Reports {@code from} (inclusive) to {@code to} (exclusive), each with its request record. */
    static Path write(Path file, int from, int to) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int i = from; i < to; i++) {
                URI url = URI.create("https://harbour.example.org/reports/" + i);
                w.write(new WarcRequest.Builder(url).date(DATE)
                        .body(new HttpRequest.Builder("GET", url.getPath()).addHeader("Host", url.getHost()).build()).build());
                byte[] html = GeneratedReports.page(i, i % 4 == 0).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(url).date(DATE)
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build()).build());
            }
            w.write(new WarcResponse.Builder(URI.create("https://harbour.example.org/logo.png")).date(DATE)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build())
                    .build());
        }
        return file;
    }
}
