package io.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream into memory up to a limit and aborts as soon as it is passed, so that one huge page
 * (a gzip bomb, an endless HTTP body, a giant WARC record) cannot exhaust the heap of a batch.
 */
public final class BoundedBytes {
    private BoundedBytes() {}

    /** All of {@code in} (not closed); a {@link PageReadException} "too large …" past {@code maxBytes}. */
    public static byte[] read(InputStream in, long maxBytes) throws IOException, PageReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) throw new PageReadException(String.format("too large (over the %.0f MB limit)", maxBytes / 1e6));
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * {@code bytes} gunzipped when they are gzip (by their magic bytes, as sitemaps are often served as
     * {@code sitemap.xml.gz}), else as they are; the limit applies to the gunzipped size.
     */
    public static byte[] gunzipped(byte[] bytes, long maxBytes) throws PageReadException {
        return RawBytes.isGzip(bytes) ? RawBytes.gunzip(bytes, maxBytes) : bytes;
    }

    /** The reason for a file whose size is known before reading. */
    static String tooLarge(long size, long max) {
        return String.format("too large (%.1f MB; limit %.0f MB)", size / 1e6, max / 1e6);
    }
}
