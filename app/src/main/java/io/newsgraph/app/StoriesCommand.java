package io.newsgraph.app;

import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoryQueries;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists the stories of the ingested articles, latest first: articles about one event across"
                + " outlets and days (shared statements, also in other translations; near-copies; shared entities and words).",
                "Each line: story id, articles, outlets, first and last publication, the first article's title. 'story ID' shows one.",
                "--rebuild places every stored article again, in the order they came, and gives the same stories."})
final class StoriesCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "2",
            description = "Only stories of at least N articles (default: ${DEFAULT-VALUE}; 1 lists single articles too).")
    int minArticles;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per story (JSON Lines).")
    boolean json;

    @Option(names = "--rebuild", description = "Place every stored article in a story again, then list.")
    boolean rebuild;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit <= 0 || minArticles <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --min-articles must be positive");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!store.existsOrSay(err)) return Main.SOME_FAILED;
        List<StoryQueries.Summary> list;
        long all;
        try (NewsStore db = store.openFinished(rebuild)) {
            StoryQueries q = new StoryQueries(db);
            list = q.list(minArticles, limit);
            all = q.count(minArticles);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (StoryQueries.Summary s : list) {
            if (json) {
                out.println(Json.write(StoryJson.summary(s)));
            } else {
                out.printf("%s  %d article%s, %d outlet%s, %s .. %s  %s%n", s.id(), s.articles(), s.articles() == 1 ? "" : "s",
                        s.outlets(), s.outlets() == 1 ? "" : "s",
                        PlainText.orDash(s.first()), PlainText.orDash(s.last()), PlainText.orDash(s.title()));
            }
        }
        out.flush();
        if (all > list.size()) err.printf("newsgraph: %d of %d stories shown (--limit)%n", list.size(), all);
        if (list.isEmpty()) err.printf("newsgraph: no story of %d or more articles%n", minArticles);
        err.flush();
        return list.isEmpty() ? Main.SOME_FAILED : Main.OK;
    }
}
