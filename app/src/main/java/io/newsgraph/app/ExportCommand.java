package io.newsgraph.app;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoredArticles;
import io.newsgraph.store.StoryQueries;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every stored article as 'extract' prints it (JSON Lines on stdout), with corpus-wide"
                + " canonical names in 'entities' and in each statement's 'speaker', and its 'story' (as 'stories' names it).",
                "Pages stored as not articles are included with is_article false."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--json", description = "JSON Lines (the only format; accepted for symmetry with other commands).")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!store.existsOrSay(spec.commandLine().getErr())) return Main.SOME_FAILED;
        PrintWriter out = spec.commandLine().getOut();
        try (NewsStore db = store.openFinished(false)) {
            Map<String, ArticleEntity> names = new EntityQueries(db).names();
            Map<Long, String> stories = new StoryQueries(db).storiesByArticle();
            new StoredArticles(db).forEach(a -> {
                out.println(Json.write(Json.storedArticleNode(a, names::get, stories.get(a.pageId()))));
            });
        }
        out.flush();
        return Main.OK;
    }
}
