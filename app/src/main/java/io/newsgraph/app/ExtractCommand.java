package io.newsgraph.app;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.entities.Entity;
import io.newsgraph.entities.EntityType;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.CorpusAnalyzer;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.quotes.Statement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article of each page, the statements and the entities in it, and prints one"
                + " JSON object per page (JSON Lines) on stdout; nothing is stored.",
                "Entities and stories are resolved across all the pages given, so the output comes once every page"
                        + " is read; --stream prints each page as soon as it is read, with what is known up to that page.",
                "Inputs that fail are named on stderr. Exit 0: all good; 1: some inputs failed."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<String> paths;

    @Option(names = "--stream", description = "Print each page at once; entity names are those known so far.")
    boolean stream;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageReader reader = new PageReader();
        PageProcessor processor = new PageProcessor();
        CorpusAnalyzer corpus = new CorpusAnalyzer(new MiniLmEncoder());
        List<String> sources = new ArrayList<>();
        SourceFiles.Expansion input = SourceFiles.expand(paths);
        Skipped.report(err, input);
        int failed = 0;
        for (var m : input.missing()) {
            err.println("newsgraph: " + m.source() + ": " + m.reason());
            failed++;
        }
        List<ProcessedPage> pages = new ArrayList<>();
        for (var entry : input.files()) {
            try {
                ProcessedPage p = processor.process(reader.read(entry.file(), entry.source()));
                if (p.article() == null) {
                    err.println("newsgraph: " + entry.source() + ": " + p.failedStage() + ": " + p.reason());
                    failed++;
                    continue;
                }
                corpus.add(key(pages.size()), p);
                sources.add(entry.source());
                if (stream) print(out, corpus, sources, p, pages.size());
                pages.add(stream ? null : p);
            } catch (PageReadException e) {
                err.println("newsgraph: " + entry.source() + ": " + e.getMessage());
                failed++;
            }
            out.flush();
        }
        for (int i = 0; i < pages.size() && !stream; i++) print(out, corpus, sources, pages.get(i), i);
        out.flush();
        err.flush();
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The story of an article is named by the source of its earliest article. */
    private static void print(PrintWriter out, CorpusAnalyzer corpus, List<String> sources, ProcessedPage p, int index) {
        List<String> ids = corpus.mentionIds(key(index), p.mentions().size());
        String story = corpus.storyOf(key(index)).map(k -> sources.get(Integer.parseInt(k))).orElse(null);
        List<String> speakers = p.statements().stream().map(Statement::speaker).toList();
        EntityView view = EntityView.of(EntityView.speakerIds(speakers, p.mentions(), ids), p.mentions(), ids, id -> {
            Entity e = corpus.entity(id);
            return new ArticleEntity(e.id(), e.name(), EntityType.valueOf(e.type()), List.of());
        });
        out.println(Json.article(p.article(), p.statements(), view.speakers(), view.entities(), story));
    }

    private static String key(int index) {
        return Integer.toString(index);
    }
}
