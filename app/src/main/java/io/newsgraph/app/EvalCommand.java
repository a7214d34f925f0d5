package io.newsgraph.app;

import io.newsgraph.eval.ExtractionBenchmark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalCommand.Extraction.class, EvalMetadataCommand.class},
        description = "Measures newsgraph against gold data.")
final class EvalCommand {
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Scores article-body extraction on the article-extraction benchmark in DIR"
                    + " (ground-truth.json + html/*.html.gz) with the benchmark's own metric"
                    + " (4-word shingles, per-page normalised): precision, recall, F1, accuracy.",
                    "With --predictions, scores a published system's output file instead of newsgraph."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/bench/extraction.")
        Path dir;

        @Option(names = {"-v", "--verbose"}, description = "Also print per-page figures.")
        boolean verbose;

        @Option(names = "--predictions", paramLabel = "FILE", description = "A system's output/<name>.json.gz to score.")
        Path predictions;

        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
                spec.commandLine().getErr().println("newsgraph: " + dir + ": no ground-truth.json (not a benchmark folder)");
                return Main.SOME_FAILED;
            }
            ExtractionBenchmark.Result result = predictions == null
                    ? ExtractionBenchmark.run(dir)
                    : ExtractionBenchmark.scorePredictions(dir, ExtractionBenchmark.readPredictions(predictions));
            // The scorer prints to a stream; route it through the command's writer so tests see it too.
            var buffer = new ByteArrayOutputStream();
            result.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), verbose);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }
}
