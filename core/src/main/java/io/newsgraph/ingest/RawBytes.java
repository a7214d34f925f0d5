package io.newsgraph.ingest;

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
        if (size > maxBytes) throw new PageReadException(BoundedBytes.tooLarge(size, maxBytes));
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

    static byte[] gunzip(byte[] gz, long maxBytes) throws PageReadException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] bytes;
            try {
                bytes = BoundedBytes.read(in, maxBytes);
            } catch (PageReadException e) {
                throw new PageReadException("gzip content " + e.getMessage());
            }
            if (bytes.length == 0) throw new PageReadException("empty gzip content");
            return bytes;
        } catch (EOFException e) {
            throw new PageReadException("truncated gzip file", e);
        } catch (ZipException e) {
            throw new PageReadException("corrupt gzip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PageReadException("cannot gunzip: " + e.getMessage(), e);
        }
    }
}
