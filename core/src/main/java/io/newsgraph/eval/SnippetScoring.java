package io.newsgraph.eval;

import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/** Counts snippet hits of a body-text extractor; see {@link MetadataBenchmark#scoreSnippets}. */
final class SnippetScoring {
    private SnippetScoring() {}

    static SnippetScore score(Path dir, List<EvalPage> pages, Function<Page, String> bodyText) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (EvalPage p : pages) {
            String text = normalise(body(dir, p, bodyText));
            for (String s : p.with()) {
                if (text.contains(normalise(s))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String s : p.without()) {
                if (text.contains(normalise(s))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new SnippetScore(tp, fn, fp, tn);
    }

    /**
     * Whitespace runs to one space on both sides, so line breaks in the extractor's output do not cost recall;
     * this is how trafilatura's own scorer matches snippets ({@code tests/eval_gate.py}, {@code norm}).
     */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The extractor's text, or "" when the page cannot be read or the extractor fails: all snippets absent. */
    private static String body(Path dir, EvalPage p, Function<Page, String> bodyText) {
        try {
            byte[] bytes = PageFiles.bytes(p.htmlPath(dir));
            Charset charset = PageFiles.parse(bytes, p.url()).charset();
            Page page = new Page(p.file(), p.url(), PageType.HTML, new String(bytes, charset), sha256(bytes));
            String text = bodyText.apply(page);
            return text == null ? "" : text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
