package io.newsgraph.ingest;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns one file into a {@link Page}: size limit, gunzip, binary check, charset, page type, hash. */
public final class PageReader {
    /** Pages above this size are refused rather than risking the heap of a whole batch. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public PageReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public PageReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The size limit of one page, in bytes (raw, and again after gunzip). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code file}; {@code source} is how the user named it, kept for output. */
    public Page read(Path file, String source) throws PageReadException {
        byte[] bytes = RawBytes.read(file, maxBytes);
        return fromBytes(source, null, bytes);
    }

    /** Builds a page from bytes already in memory (a feed item, a WARC record, a test). */
    public Page fromBytes(String source, String url, byte[] bytes) throws PageReadException {
        var binary = ContentSniffer.binaryReason(bytes);
        if (binary.isPresent()) throw new PageReadException(binary.get());
        String text = CharsetSniffer.decode(bytes);
        if (text.isBlank()) throw new PageReadException("no text (only whitespace)");
        return new Page(source, url, ContentSniffer.typeOf(text), text, sha256(bytes));
    }

    /**
     * Whether bytes of unknown type (a WARC record without a Content-Type) read as an HTML page; only
     * the head is looked at, as Latin-1, which is enough for tags.
     */
    public static boolean looksLikeHtml(byte[] bytes) {
        if (ContentSniffer.binaryReason(bytes).isPresent()) return false;
        int n = Math.min(bytes.length, 8192);
        return ContentSniffer.typeOf(new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)) == PageType.HTML;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
