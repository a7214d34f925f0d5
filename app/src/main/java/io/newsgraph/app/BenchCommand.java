package io.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph bench}: benchmarks; each kind of benchmark is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print speed and memory figures (not run by the tests).",
        subcommands = {BenchExtractionCommand.class, BenchStatementsCommand.class, BenchEntitiesCommand.class, BenchStoriesCommand.class,
                BenchIngestCommand.class, BenchStoreCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark (e.g. extraction)");
    }
}
