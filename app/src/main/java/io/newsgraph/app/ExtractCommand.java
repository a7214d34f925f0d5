package io.newsgraph.app;

import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.ProcessedPage;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article of each page and the statements in it, and prints one JSON object"
                + " per page (JSON Lines)"
                + " on stdout; nothing is stored.",
                "Inputs that fail are named on stderr. Exit 0: all good; 1: some inputs failed."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<String> paths;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageReader reader = new PageReader();
        PageProcessor processor = new PageProcessor();
        SourceFiles.Expansion input = SourceFiles.expand(paths);
        Skipped.report(err, input);
        int failed = 0;
        for (var m : input.missing()) {
            err.println("newsgraph: " + m.source() + ": " + m.reason());
            failed++;
        }
        for (var entry : input.files()) {
            try {
                ProcessedPage p = processor.process(reader.read(entry.file(), entry.source()));
                if (p.article() == null) {
                    err.println("newsgraph: " + entry.source() + ": " + p.failedStage() + ": " + p.reason());
                    failed++;
                } else {
                    out.println(Json.article(p.article(), p.statements()));
                }
            } catch (PageReadException e) {
                err.println("newsgraph: " + entry.source() + ": " + e.getMessage());
                failed++;
            }
            out.flush();
        }
        err.flush();
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
