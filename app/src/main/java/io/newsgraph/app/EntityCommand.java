package io.newsgraph.app;

import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Shows one person's or organization's profile: variants, roles and titles seen, organizations"
                + " named alongside, statements by outlet, and the timeline of statements by date.",
                "NAME is an id (E17), a name or any spelling of one (\"Nakhaleh\"). Exit 1 when nothing matches."})
final class EntityCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME", description = "Id, name or any spelling.")
    String name;

    @Option(names = "--json", description = "The profile as one JSON object.")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!store.existsOrSay(err)) return Main.SOME_FAILED;
        EntityQueries.Profile p;
        try (NewsStore db = store.openFinished(false)) {
            EntityQueries q = new EntityQueries(db);
            String id = q.find(name);
            p = id == null ? null : q.profile(id);
        }
        if (p == null) {
            err.println("newsgraph: no entity named " + name);
            err.flush();
            return Main.SOME_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.profile(p));
        } else {
            var s = p.summary();
            out.printf("%s (%s, %s): %d mentions in %d articles, %s .. %s%n", s.name(), EntitiesCommand.typeName(s.type()),
                    s.id(), s.mentions(), s.articles(), PlainText.orDash(s.firstSeen()), PlainText.orDash(s.lastSeen()));
            section(out, "variants", s.variants());
            section(out, "roles and titles", p.roles());
            section(out, "organizations named alongside (articles)", p.organizations());
            section(out, "statements by outlet", p.statementsByOutlet());
            out.println("timeline:");
            for (var said : p.timeline()) {
                out.printf("  %s | %s | %s | %s%n", PlainText.orDash(said.published()), PlainText.orDash(said.outlet()),
                        said.kind(), abbreviate(said.text().replaceAll("\\s+", " "), 160));
            }
        }
        out.flush();
        return Main.OK;
    }

    private static void section(PrintWriter out, String title, Map<String, Integer> counts) {
        if (counts.isEmpty()) return;
        out.println(title + ":");
        counts.forEach((k, n) -> out.printf("  %5d  %s%n", n, k));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
