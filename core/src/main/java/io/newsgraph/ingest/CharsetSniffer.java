package io.newsgraph.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a page's bytes are encoded, in the order browsers trust: a byte-order mark, then a
 * charset declared in the HTML head, then bytes that are valid UTF-8, then ICU's statistical detector.
 * A declared charset that the bytes contradict (declared Latin-1 but valid multi-byte UTF-8) loses
 * to UTF-8, because mislabelled UTF-8 is the most common encoding error on the web; a declared UTF-8
 * that the bytes contradict loses to the detector.
 */
final class CharsetSniffer {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int HEAD_BYTES = 4096;

    private CharsetSniffer() {}

    /** The decoded text, with a BOM removed. */
    static String decode(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null) return new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
        String utf8 = utf8OrNull(bytes);
        boolean validUtf8 = utf8 != null;
        Optional<Charset> declared = declaredCharset(bytes);
        // a label contradicted by the bytes loses either way: Latin-1 declared over valid multi-byte
        // UTF-8, or UTF-8 declared over bytes that are not UTF-8 (a windows-1251 page with a template's
        // <meta charset="utf-8">), which would otherwise decode to replacement characters only
        boolean declaredUtf8ButIsNot = declared.isPresent() && declared.get().equals(StandardCharsets.UTF_8) && !validUtf8;
        if (declared.isPresent() && !(validUtf8 && hasNonAscii(bytes)) && !declaredUtf8ButIsNot) {
            return declared.get().equals(StandardCharsets.UTF_8) ? utf8 : new String(bytes, declared.get());
        }
        if (validUtf8) return utf8;
        return new String(bytes, detect(bytes));
    }

    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252 (WHATWG encoding standard).
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) name = "windows-1252";
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * The bytes as UTF-8, or null when they are not UTF-8. The JDK's lenient decoding is much faster than a
     * reporting decoder, and the text it gives is exact unless it holds a replacement character; only then
     * does the strict decoder decide (the page may hold U+FFFD itself).
     */
    private static String utf8OrNull(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 || isValidUtf8(bytes) ? text : null;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    private static Charset detect(byte[] bytes) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match != null) {
            try {
                return Charset.forName(match.getName());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException ignored) {
                // fall through
            }
        }
        return Charset.forName("windows-1252");
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
                return new Bom(StandardCharsets.UTF_8, 3);
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return new Bom(StandardCharsets.UTF_16BE, 2);
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return new Bom(StandardCharsets.UTF_16LE, 2);
            return null;
        }
    }
}
