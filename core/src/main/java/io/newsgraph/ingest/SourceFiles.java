package io.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the files to read: files as they are, folders recursively in
 * a stable (sorted) order. Inside folders, hidden entries and files whose extension says they are data,
 * code or media rather than pages (a corpus folder's gold.json, README.md, scripts) are skipped and
 * counted; a file named on the command line is always read. Missing paths are reported, not thrown.
 */
public final class SourceFiles {
    /** One file to read, with the name to show for it. */
    public record Entry(Path file, String source) implements PendingPage {
        @Override
        public Page read(PageReader reader) throws PageReadException {
            return reader.read(file, source);
        }
    }

    /** A path that could not be expanded, with the reason. */
    public record Missing(String source, String reason) {}

    public record Expansion(List<Entry> files, List<Missing> missing, int skipped) {}

    private static final Set<String> NOT_PAGES = Set.of(
            "json", "jsonl", "ndjson", "md", "markdown", "rst", "csv", "tsv", "py", "java", "js", "mjs", "ts", "css",
            "sh", "bash", "yml", "yaml", "toml", "ini", "cfg", "properties", "log", "sql", "db", "sqlite", "lock",
            "jar", "class", "zip", "tar", "tgz", "bz2", "xz", "7z", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico",
            "pdf", "mp3", "mp4", "webm", "woff", "woff2", "ttf", "parquet", "sha256", "md5", "stats",
            "cdx", "cdxj", "wacz"); // WARC indexes and packages: a .warc beside them holds the pages

    private SourceFiles() {}

    public static Expansion expand(List<String> paths) {
        List<Entry> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        int[] skipped = {0};
        for (String given : paths) {
            Path p = Path.of(given);
            if (Files.isRegularFile(p)) {
                files.add(new Entry(p, given));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted()
                            .forEach(f -> {
                                if (NOT_PAGES.contains(extension(f))) skipped[0]++;
                                else files.add(new Entry(f, f.toString()));
                            });
                } catch (IOException | UncheckedIOException e) {
                    missing.add(new Missing(given, "cannot list folder: " + e.getMessage()));
                }
            } else {
                missing.add(new Missing(given, Files.exists(p) ? "not a regular file or folder" : "no such file or folder"));
            }
        }
        return new Expansion(files, missing, skipped[0]);
    }

    /** Whether a file found inside a folder is read as a page: not hidden, and no data, code or media extension. */
    public static boolean isPageFile(Path file) {
        return !file.getFileName().toString().startsWith(".") && !NOT_PAGES.contains(extension(file));
    }

    /** The last extension, lower-case, looking through ".gz" ("a.json.gz" is "json"). */
    static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
