package io.newsgraph.app;

import io.newsgraph.eval.ExtractionSpeed;
import io.newsgraph.eval.SpeedOptions;
import io.newsgraph.eval.SpeedReport;
import io.newsgraph.extract.Article;
import io.newsgraph.extract.ArticleExtractor;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.quotes.StatementFinder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Measures what finding statements costs: articles/s per core for extraction alone and for"
                + " extraction + statements, on the same pages (files or folders, HTML or text dumps, .gz too),"
                + " in the same run, and the ratio of the two."})
final class BenchStatementsCommand implements Callable<Integer> {
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Measured passes (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Unmeasured passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages: e.g. ../shared/corpus/seeds ../shared/bench/extraction/html")
    List<String> paths;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (rounds < 1 || warmup < 0) throw new ParameterException(spec.commandLine(), "--rounds ≥ 1 and --warmup ≥ 0");
        List<Page> pages = load();
        if (pages.isEmpty()) throw new ParameterException(spec.commandLine(), "no readable pages in " + paths);
        int cores = Runtime.getRuntime().availableProcessors();
        SpeedOptions options = new SpeedOptions(warmup, rounds, cores);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("newsgraph: %d pages; extraction alone, then extraction + statements%n", pages.size());
        err.flush();
        SpeedReport extraction = new ExtractionSpeed(ArticleExtractor::new).run(pages, options);
        SpeedReport withStatements = new ExtractionSpeed(ExtractAndFindStatements::new).run(pages, options);

        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-32s %14s %14s%n", "articles/s", "per core", "all cores");
        out.printf("%-32s %14.1f %14.1f%n", "extraction", extraction.pagesPerSecondPerCore(), extraction.pagesPerSecondAllCores());
        out.printf("%-32s %14.1f %14.1f%n", "extraction + statements", withStatements.pagesPerSecondPerCore(),
                withStatements.pagesPerSecondAllCores());
        out.printf("%-32s %14.2f×%n", "time with statements ÷ without",
                extraction.pagesPerSecondPerCore() / withStatements.pagesPerSecondPerCore());
        out.printf("%-32s %14d%n", "statements in the pages", countStatements(pages));
        out.flush();
        return Main.OK;
    }

    private List<Page> load() {
        PageReader reader = new PageReader();
        List<Page> pages = new ArrayList<>();
        for (var entry : SourceFiles.expand(paths).files()) {
            try {
                pages.add(reader.read(entry.file(), entry.source()));
            } catch (PageReadException e) {
                spec.commandLine().getErr().println("newsgraph: " + entry.source() + ": " + e.getMessage());
            }
        }
        return pages;
    }

    private static int countStatements(List<Page> pages) {
        ArticleExtractor extractor = new ArticleExtractor();
        StatementFinder finder = new StatementFinder();
        int n = 0;
        for (Page p : pages) {
            Article a = extractor.extract(p);
            if (a.isArticle()) n += finder.find(a).size();
        }
        return n;
    }

    /** Extraction then statements, as ingest runs them. */
    private static final class ExtractAndFindStatements implements PageExtractor {
        private final ArticleExtractor extractor = new ArticleExtractor();
        private final StatementFinder finder = new StatementFinder();

        @Override
        public Article extract(Page page) {
            Article a = extractor.extract(page);
            if (a.isArticle()) finder.find(a);
            return a;
        }
    }
}
