package io.newsgraph.eval;

import com.ibm.icu.lang.UCharacter;
import io.newsgraph.extract.html.meta.ArticleMetadata;
import io.newsgraph.extract.html.meta.HtmlMetadata;
import io.newsgraph.ingest.Page;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Measures {@link HtmlMetadata} on the metadata set in {@code ../shared/bench/metadata/} (990 pages with gold
 * title, author and date; see its {@code FORMAT.md}). Rules:
 * <ul>
 *   <li>title: equal after trimming and Unicode case folding (ICU, full: "ß" folds to "ss"), as FORMAT.md
 *       says; inner whitespace is compared as it is;</li>
 *   <li>date: the extracted published date falls on the gold calendar date (see {@link DateMatch});</li>
 *   <li>author: see {@link AuthorMatch} (every gold name equals one extracted name).</li>
 * </ul>
 * Each accuracy is over the pages that have that gold field. A page that cannot be read counts as a miss
 * for each of its gold fields.
 */
public final class MetadataBenchmark {
    private MetadataBenchmark() {}

    /**
     * The score of one field. Immutable.
     *
     * @param field "title", "author" or "date"
     * @param gold  pages with this gold field
     * @param hits  pages where ours matches
     */
    public record FieldScore(String field, int gold, int hits) {
        public double accuracy() {
            return gold == 0 ? 0 : (double) hits / gold;
        }
    }

    /**
     * One page where ours differs from the gold. Immutable.
     *
     * @param field the field
     * @param file  the page file
     * @param gold  the gold value
     * @param ours  what was extracted, or "(none)"
     */
    public record Miss(String field, String file, String gold, String ours) {}

    /** Scores of a run and its misses. Immutable. */
    public record Result(int pages, int failures, FieldScore title, FieldScore author, FieldScore date,
            FieldScore dateAny, List<Miss> misses) {
        public Result {
            misses = List.copyOf(misses);
        }

        /** Prints the scores; with {@code verbose} also every miss, one line each. */
        public void print(PrintStream out, boolean verbose) {
            out.printf(Locale.ROOT, "metadata benchmark: %d pages, %d could not be read%n", pages, failures);
            for (FieldScore s : List.of(title, author, date)) {
                out.printf(Locale.ROOT, "  %-6s %.3f  (%d of %d)%n", s.field(), s.accuracy(), s.hits(), s.gold());
            }
            out.printf(Locale.ROOT, "  for information, gold date equal to published or else modified: %.3f (%d of %d)%n",
                    dateAny.accuracy(), dateAny.hits(), dateAny.gold());
            if (verbose) {
                for (Miss m : misses) {
                    out.printf("MISS %-6s %s%n    gold: %s%n    ours: %s%n", m.field(), m.file(), m.gold(), m.ours());
                }
            }
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param dir the metadata set: holds {@code evaldata.json} and {@code html/}
     */
    public static Result run(Path dir) {
        List<EvalPage> pages = readPages(dir);
        int[] gold = new int[4];
        int[] hits = new int[4];
        List<Miss> misses = new ArrayList<>();
        int failures = 0;
        for (EvalPage p : pages) {
            ArticleMetadata m = extract(dir, p);
            if (m == null) {
                failures++;
            }
            if (p.title() != null) {
                gold[0]++;
                String ours = m == null ? null : m.title();
                if (ours != null && foldTitle(ours).equals(foldTitle(p.title()))) {
                    hits[0]++;
                } else {
                    misses.add(new Miss("title", p.file(), p.title(), show(ours)));
                }
            }
            if (!p.authors().isEmpty()) {
                gold[1]++;
                List<String> ours = m == null ? List.of() : m.authors();
                if (AuthorMatch.matches(p.authors(), ours)) {
                    hits[1]++;
                } else {
                    misses.add(new Miss("author", p.file(), String.join(" | ", p.authors()),
                            ours.isEmpty() ? "(none)" : String.join(" | ", ours)));
                }
            }
            if (p.date() != null) {
                gold[2]++;
                String ours = m == null ? null : m.published();
                String modified = m == null ? null : m.modified();
                if (DateMatch.matches(p.date(), ours) || DateMatch.matches(p.date(), modified)) {
                    hits[3]++;
                }
                if (DateMatch.matches(p.date(), ours)) {
                    hits[2]++;
                } else {
                    misses.add(new Miss("date", p.file(), p.date(),
                            show(ours) + (m != null && m.modified() != null ? "  (modified " + m.modified() + ")" : "")));
                }
            }
        }
        return new Result(pages.size(), failures, new FieldScore("title", gold[0], hits[0]),
                new FieldScore("author", gold[1], hits[1]), new FieldScore("date", gold[2], hits[2]),
                new FieldScore("date published or modified", gold[2], hits[3]), misses);
    }

    /**
     * Scores a body-text extractor on the snippets of the same set, the way trafilatura's evaluation does:
     * a {@code with} snippet found in the text (whitespace-normalised on both sides) is a true positive (missed: false negative), a
     * {@code without} snippet found is a false positive (absent: true negative). Pages are given as
     * {@link Page} records of type HTML, decoded with the page's own charset.
     *
     * @param dir      the metadata set
     * @param bodyText the extractor under test: the main text of a page, or null for none
     */
    public static SnippetScore scoreSnippets(Path dir, Function<Page, String> bodyText) {
        return SnippetScoring.score(dir, readPages(dir), bodyText);
    }

    private static List<EvalPage> readPages(Path dir) {
        try {
            return EvalPage.readAll(dir.resolve("evaldata.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("evaldata.json")
                    + "; pass the directory of the metadata set (../shared/bench/metadata)", e);
        }
    }

    private static ArticleMetadata extract(Path dir, EvalPage p) {
        try {
            return HtmlMetadata.read(PageFiles.parse(PageFiles.bytes(p.htmlPath(dir)), p.url()), p.url());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String foldTitle(String s) {
        return UCharacter.foldCase(s.strip(), true);
    }

    private static String show(String s) {
        return s == null ? "(none)" : s;
    }
}
