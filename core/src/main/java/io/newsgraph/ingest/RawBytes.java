package io.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a file's bytes, gunzipping when the content (not the name) is gzip, within a size limit so
 * that one huge file cannot exhaust the heap of a batch.
 */
final class RawBytes {
    private RawBytes() {}

    static byte[] read(Path file, long maxBytes) throws PageReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PageReadException("cannot read: " + e.getMessage(), e);
        }
        if (size == 0) throw new PageReadException("empty file");
        if (size > maxBytes) throw new PageReadException(tooLarge(size, maxBytes));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PageReadException("cannot read: " + e.getMessage(), e);
        }
        return isGzip(bytes) ? gunzip(bytes, maxBytes) : bytes;
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] gz, long maxBytes) throws PageReadException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 4);
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) throw new PageReadException("gzip content " + tooLarge(total, maxBytes));
                out.write(buf, 0, n);
            }
            if (total == 0) throw new PageReadException("empty gzip content");
            return out.toByteArray();
        } catch (EOFException e) {
            throw new PageReadException("truncated gzip file", e);
        } catch (ZipException e) {
            throw new PageReadException("corrupt gzip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PageReadException("cannot gunzip: " + e.getMessage(), e);
        }
    }

    private static String tooLarge(long size, long max) {
        return String.format("too large (%.1f MB; limit %.0f MB)", size / 1e6, max / 1e6);
    }
}
