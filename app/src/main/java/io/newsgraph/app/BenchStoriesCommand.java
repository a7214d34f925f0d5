package io.newsgraph.app;

import io.newsgraph.eval.StoriesStoreBench;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Measures the stories stage per batch of new articles through a temporary store as it grows"
                + " (at each mark: a new process, which loads the window first, and an ingest going on), next to the"
                + " bare in-memory clusterer on the same batches. Synthetic articles; a few minutes at the default size."})
final class BenchStoriesCommand implements Callable<Integer> {
    @Option(names = "--marks", paramLabel = "N,N…", split = ",", defaultValue = "10000,50000,100000",
            description = "Store sizes to measure at (default: ${DEFAULT-VALUE}).")
    List<Integer> marks;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "New articles per timed batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds per mark (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (batch <= 0 || rounds <= 0 || marks.stream().anyMatch(m -> m <= 0)) {
            throw new ParameterException(spec.commandLine(), "sizes must be positive");
        }
        new StoriesStoreBench(marks, batch, rounds).run(spec.commandLine().getOut());
        return Main.OK;
    }
}
