package io.newsgraph.app;

import io.newsgraph.opensearch.OpenSearchConnection;
import io.newsgraph.opensearch.OpenSearchIndex;
import io.newsgraph.store.ArticleSearch;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.SearchHit;
import io.newsgraph.store.SearchQuery;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over ingested articles, ranked by BM25 (title > standfirst > body).",
                "Words must all match; \"quoted words\" match as a phrase; OR between words matches either.",
                "With --opensearch, searches the articles 'index' copied to that server instead of the store.",
                "Exit 0 when something was found, 1 when nothing was."})
final class SearchCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Mixin DateFilters filters;

    @Mixin OpenSearchOptions opensearch;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per hit (JSON Lines).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words of the query.")
    List<String> words;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        filters.check(spec);
        opensearch.check(spec);
        if (limit <= 0) throw new ParameterException(spec.commandLine(), "--limit must be positive");
        if (!opensearch.given() && !store.existsOrSay(spec.commandLine().getErr())) return Main.SOME_FAILED;
        // Each argument that holds spaces was quoted on the command line: keep it a phrase.
        String text = String.join(" ", words.stream().map(w -> w.contains(" ") && !w.contains("\"") ? '"' + w + '"' : w).toList());
        SearchQuery query = new SearchQuery(text, filters.outlet, filters.from, filters.to, limit);
        String open = json ? "<mark>" : "[";
        String close = json ? "</mark>" : "]";
        List<SearchHit> hits;
        if (opensearch.given()) {
            try (OpenSearchConnection os = opensearch.connect()) {
                hits = new OpenSearchIndex(os, open, close).search(query);
            }
        } else {
            try (NewsStore db = NewsStore.open(store.dir)) {
                hits = new ArticleSearch(db, open, close).search(query);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int rank = 1;
        for (SearchHit h : hits) {
            if (json) {
                out.println(Json.hit(h));
            } else {
                out.printf("%d. %s%n   %s | %s | %s%n   %s%n", rank++, h.title(), PlainText.orDash(h.outlet()), PlainText.orDash(h.published()),
                        h.source(), h.snippet().replaceAll("\\s+", " "));
            }
        }
        out.flush();
        return hits.isEmpty() ? Main.SOME_FAILED : Main.OK;
    }
}
