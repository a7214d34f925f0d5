package io.newsgraph.app;

import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreCounts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows what the store holds: articles, pages without an article, failed pages and"
                + " unreadable inputs; with --failures, each of the last three with its reason.",
                "Failed pages are retried by the next ingest of the same input."})
final class StatusCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--failures", description = "List every page or input that gave no article, with the reason.")
    boolean failures;

    @Option(names = "--json", description = "JSON output (one object; with --failures, one object per line).")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!store.existsOrSay(spec.commandLine().getErr())) return Main.SOME_FAILED;
        PrintWriter out = spec.commandLine().getOut();
        try (NewsStore db = NewsStore.open(store.dir)) {
            if (failures) {
                for (var p : db.problems()) {
                    out.println(json ? Json.problem(p) : p.source() + "\t" + p.status() + "\t" + p.reason());
                }
            } else {
                StoreCounts c = db.counts();
                out.println(json
                        ? Json.counts(c)
                        : String.format("%s: %d articles, %d pages without an article, %d failed pages, %d unreadable inputs",
                                db.file(), c.articles(), c.noArticle(), c.failed(), c.unreadable()));
            }
        }
        out.flush();
        return Main.OK;
    }
}
