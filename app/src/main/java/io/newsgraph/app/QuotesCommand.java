package io.newsgraph.app;

import io.newsgraph.store.NewsStore;
import io.newsgraph.store.QuoteHit;
import io.newsgraph.store.SpeakerQuery;
import io.newsgraph.store.StatementSearch;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Lists what one person or body said across the ingested articles, newest first.",
                "The name is matched spelling-insensitively, word by word (\"Nakhaleh\" finds \"Ziyad al-Nakhalah\"),"
                        + " and through the entity it names (\"PIJ\" finds what the Palestinian Islamic Jihad said).",
                "Exit 0 when something was found, 1 when nothing was."})
final class QuotesCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "The speaker's name, any spelling.")
    String speaker;

    @Mixin DateFilters filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N statements (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per statement (JSON Lines).")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        filters.check(spec);
        if (limit <= 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be positive");
        if (!store.existsOrSay(spec.commandLine().getErr())) return Main.SOME_FAILED;
        List<QuoteHit> hits;
        try (NewsStore db = NewsStore.open(store.dir)) {
            hits = new StatementSearch(db).bySpeaker(new SpeakerQuery(speaker, filters.outlet, filters.from, filters.to, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (QuoteHit h : hits) {
            if (json) {
                out.println(Json.quote(h));
            } else {
                var st = h.statement();
                out.printf("%s | %s | %s (%s, %s%s)%n   %s%n", PlainText.orDash(h.published()), PlainText.orDash(h.outlet()), st.speaker(), st.kind(),
                        PlainText.orDash(st.cue()), st.reportedBy() == null ? "" : ", reported by " + st.reportedBy(),
                        st.text().replaceAll("\\s+", " "));
            }
        }
        out.flush();
        return hits.isEmpty() ? Main.SOME_FAILED : Main.OK;
    }
}
