package io.newsgraph.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads the saved, gzipped pages of an evaluation set. */
final class PageFiles {
    private PageFiles() {}

    static byte[] bytes(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** Parses with jsoup's charset handling: byte-order mark, then the page's meta charset, else UTF-8. */
    static Document parse(byte[] bytes, String url) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
    }
}
