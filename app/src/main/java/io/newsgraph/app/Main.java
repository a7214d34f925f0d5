package io.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: exit 0 when all went well, 1 when some inputs failed, 2 on usage errors. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news pages into a searchable record of who said what, when, and who reported it.",
        subcommands = {IngestCommand.class, WatchCommand.class, ExtractCommand.class, SearchCommand.class, IndexCommand.class, QuotesCommand.class, EntitiesCommand.class,
                EntityCommand.class, StoriesCommand.class, StoryCommand.class, ExportCommand.class, StatusCommand.class, ServeCommand.class,
                EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("newsgraph: " + e.getMessage());
                    return SOME_FAILED;
                });
    }
}
