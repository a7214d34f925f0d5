package io.newsgraph.ingest.fetch;

import io.newsgraph.ingest.PageReadException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A file of URLs, one per line; blank lines and {@code #} comments are ignored, repeats are read once.
 * A line that is not an absolute http(s) URL is reported as {@code FILE:LINE} and the rest still counts.
 * Immutable.
 */
public record UrlList(List<URI> urls, List<Bad> bad) {
    /** A line that is not a URL: {@code where} is "file:line". */
    public record Bad(String where, String reason) {}

    public UrlList {
        urls = List.copyOf(urls);
        bad = List.copyOf(bad);
    }

    public static UrlList read(Path file) throws PageReadException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PageReadException("cannot read URL list: " + e.getMessage(), e);
        }
        Set<URI> urls = new LinkedHashSet<>();
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            try {
                URI u = new URI(line);
                if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                    bad.add(new Bad(file + ":" + (i + 1), "not an absolute http(s) URL: " + line));
                } else {
                    urls.add(u);
                }
            } catch (URISyntaxException e) {
                bad.add(new Bad(file + ":" + (i + 1), "not a URL: " + e.getMessage()));
            }
        }
        return new UrlList(new ArrayList<>(urls), bad);
    }
}
