package io.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads the pages of the extraction benchmark ({@code DIR/html/<id>.html.gz}, UTF-8) into memory, so
 * that a speed run measures extraction alone, not disk reads or gunzip. The page id (file name without
 * {@code .html.gz}) is the page's source; its URL comes from {@code DIR/ground-truth.json} when present.
 */
public final class BenchPages {
    private static final String SUFFIX = ".html.gz";

    private BenchPages() {}

    /** The pages in {@code benchDir}, sorted by id; fails naming the folder when there are none. */
    public static List<Page> load(Path benchDir) {
        Path html = benchDir.resolve("html");
        if (!Files.isDirectory(html)) {
            throw new IllegalArgumentException(benchDir + ": no html/ folder (expected the benchmark folder,"
                    + " e.g. ../shared/bench/extraction)");
        }
        Map<String, String> urls = readUrls(benchDir.resolve("ground-truth.json"));
        List<Path> files;
        try (Stream<Path> s = Files.list(html)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(html + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(html + ": no *" + SUFFIX + " files");
        }
        List<Page> pages = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - SUFFIX.length());
            byte[] bytes = gunzip(file);
            pages.add(new Page(id, urls.get(id), PageType.HTML, new String(bytes, StandardCharsets.UTF_8), sha256(bytes)));
        }
        return pages;
    }

    private static Map<String, String> readUrls(Path groundTruth) {
        Map<String, String> urls = new HashMap<>();
        if (!Files.isRegularFile(groundTruth)) return urls;
        try {
            JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
            root.fields().forEachRemaining(f -> {
                JsonNode url = f.getValue().get("url");
                if (url != null && url.isTextual()) urls.put(f.getKey(), url.asText());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(groundTruth + ": " + e.getMessage(), e);
        }
        return urls;
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
