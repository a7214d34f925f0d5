package io.newsgraph.app;

import io.newsgraph.opensearch.OpenSearchConnection;
import io.newsgraph.opensearch.OpenSearchLoader;
import io.newsgraph.store.NewsStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Copies every stored article into an OpenSearch index (created with its mapping on first use),"
                + " for 'search --opensearch'. Documents are keyed by page id: indexing again replaces them.",
                "Prints 'N articles indexed' on stdout, progress on stderr."})
final class IndexCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Mixin OpenSearchOptions opensearch;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
            description = "Articles per _bulk request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!opensearch.given()) throw new ParameterException(spec.commandLine(), "--opensearch URL is required");
        opensearch.check(spec);
        if (batchSize <= 0) throw new ParameterException(spec.commandLine(), "--batch-size must be positive");
        if (!store.existsOrSay(spec.commandLine().getErr())) return Main.SOME_FAILED;
        long indexed;
        try (NewsStore db = NewsStore.open(store.dir); OpenSearchConnection os = opensearch.connect()) {
            PendingStages.finish(db);
            indexed = new OpenSearchLoader(os, batchSize).load(db, StderrProgress.articles(System.err, "index"));
        }
        spec.commandLine().getOut().println(indexed + " articles indexed");
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
