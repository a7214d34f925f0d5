package io.newsgraph.app;

import io.newsgraph.eval.GeneratedNewsStore;
import io.newsgraph.store.NewsStore;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Fills a new store with generated articles (invented words, twelve outlets, statements and"
                + " resolved person mentions) for load tests of 'serve'; bench/serve-load.sh uses it.",
                "Prints the word of a frequency rank with --word RANK (the load script builds its queries so)."})
final class BenchStoreCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--word", paramLabel = "RANK", description = "Print the generated word of this frequency rank (0: most frequent) and stop.")
    Integer word;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (word != null) {
            if (word < 0 || word >= GeneratedNewsStore.VOCABULARY) throw new ParameterException(spec.commandLine(), "--word: 0.." + (GeneratedNewsStore.VOCABULARY - 1));
            spec.commandLine().getOut().println(GeneratedNewsStore.word(word));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        if (articles <= 0) throw new ParameterException(spec.commandLine(), "--articles must be positive");
        if (Files.exists(store.dir.resolve(NewsStore.FILE_NAME))) {
            throw new ParameterException(spec.commandLine(), "--db " + store.dir + " already holds a store; give a new folder");
        }
        GeneratedNewsStore.fill(store.dir, articles, spec.commandLine().getErr());
        return Main.OK;
    }
}
