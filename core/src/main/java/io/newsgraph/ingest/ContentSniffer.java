package io.newsgraph.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/** Tells text from binary and HTML from plain text by looking at the content, not the file name. */
final class ContentSniffer {
    private static final int SAMPLE = 8192;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(p|div|span|a|br|table|td|li|ul|h[1-6]|article|section|script|style)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private ContentSniffer() {}

    /** Why the bytes are not text, if they are not: a known binary signature or control characters. */
    static Optional<String> binaryReason(byte[] b) {
        String magic = magic(b);
        if (magic != null) return Optional.of("binary file (" + magic + "), not a page");
        boolean utf16Bom = b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
        if (utf16Bom) return Optional.empty();
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return Optional.of("binary file (contains NUL bytes), not a page");
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) control++;
        }
        if (control * 20 > n) return Optional.of("binary file (control characters), not a page");
        return Optional.empty();
    }

    static PageType typeOf(String text) {
        String head = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (HTML_START.matcher(head).find()) return PageType.HTML;
        // Fragments without <html>: call it HTML when tags are frequent relative to the text.
        long tags = HTML_TAG.matcher(head).results().count();
        return tags >= 3 && tags * 200 >= head.length() ? PageType.HTML : PageType.TEXT;
    }

    private static String magic(byte[] b) {
        if (startsWith(b, "%PDF")) return "PDF";
        if (startsWith(b, "\u0089PNG")) return "PNG";
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) return "JPEG";
        if (startsWith(b, "GIF8")) return "GIF";
        if (startsWith(b, "PK\u0003\u0004")) return "ZIP";
        if (startsWith(b, "\u007fELF")) return "ELF";
        if (startsWith(b, "SQLite format 3")) return "SQLite";
        return null;
    }

    private static boolean startsWith(byte[] b, String latin1) {
        if (b.length < latin1.length()) return false;
        for (int i = 0; i < latin1.length(); i++) if ((b[i] & 0xff) != latin1.charAt(i)) return false;
        return true;
    }

}
