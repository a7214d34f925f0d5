package io.newsgraph.app;

import io.newsgraph.eval.EntityStoreBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Measures entity resolution per batch of new articles once many are stored, through a"
                + " temporary store as ingest does it, next to the bare in-memory resolver on the same batches."
                + " Synthetic articles; takes a few minutes at the default size."})
final class BenchEntitiesCommand implements Callable<Integer> {
    @Option(names = "--stored", paramLabel = "N", defaultValue = "100000", description = "Articles stored first (default: ${DEFAULT-VALUE}).")
    int stored;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "New articles per timed batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (stored < 0 || batch <= 0 || rounds <= 0) throw new ParameterException(spec.commandLine(), "sizes must be positive");
        new EntityStoreBench(stored, batch, rounds).run(spec.commandLine().getOut());
        return Main.OK;
    }
}
