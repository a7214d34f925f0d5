package io.newsgraph.app;

import io.newsgraph.eval.MetadataBenchmark;
import io.newsgraph.eval.SnippetScore;
import io.newsgraph.extract.Article;
import io.newsgraph.extract.ArticleExtractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval metadata [DIR]}: title, author and date accuracy of the metadata reader, and snippet
 * precision, recall and F1 of the article text the real extractor ({@link ArticleExtractor}) returns, on the
 * metadata and snippet set (see its FORMAT.md).
 */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = {"Scores metadata (title, author, date: accuracy) and the article text (must-have and"
                + " must-not-have snippets: precision, recall, F1, accuracy) on the metadata set in DIR"
                + " (evaldata.json + html/*.gz), with the metric its FORMAT.md describes."})
final class EvalMetadataCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/bench/metadata",
            description = "The metadata set (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "Also print every metadata miss.")
    boolean verbose;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
            spec.commandLine().getErr().println("newsgraph: " + dir + ": no evaldata.json (not the metadata set)");
            return Main.SOME_FAILED;
        }
        MetadataBenchmark.Result metadata = MetadataBenchmark.run(dir);
        ArticleExtractor extractor = new ArticleExtractor();
        // Each page is extracted once; the snippets are scored on the body alone and on the article as
        // newsgraph prints it, standfirst (dek) first: the set's snippets often quote the standfirst.
        Map<String, Article> articles = new HashMap<>();
        SnippetScore body = MetadataBenchmark.scoreSnippets(dir, page -> articles.computeIfAbsent(page.source(),
                s -> extractor.extract(page)).text());
        SnippetScore withDek = MetadataBenchmark.scoreSnippets(dir, page -> {
            Article a = articles.computeIfAbsent(page.source(), s -> extractor.extract(page));
            return a.dek() == null ? a.text() : a.dek() + "\n\n" + a.text();
        });
        // The scorers print to a stream; route it through the command's writer so tests see it too.
        var buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        metadata.print(out, verbose);
        out.print("newsgraph text ");
        body.print(out);
        out.print("newsgraph dek + text ");
        withDek.print(out);
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
