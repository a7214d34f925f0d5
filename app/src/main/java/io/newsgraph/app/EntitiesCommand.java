package io.newsgraph.app;

import io.newsgraph.entities.EntityType;
import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Lists the persons, organizations and places of the ingested articles, most mentioned first:"
                + " canonical name, type, every variant with its count, articles, first and last seen.",
                "--rebuild resolves every stored article again from its text (users' corrections are replayed).",
                "Corrections ('entities [--db DIR] merge A B'): 'merge A B' makes two entities one; 'entities split NAME FORM' gives the"
                        + " mentions written FORM an entity of their own. Both are kept across rebuilds."},
        subcommands = {EntitiesCommand.Merge.class, EntitiesCommand.Split.class})
final class EntitiesCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, org or place.")
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entities (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per entity (JSON Lines).")
    boolean json;

    @Option(names = "--rebuild", description = "Resolve every stored article again, then list.")
    boolean rebuild;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EntityType t = type == null ? null : parseType(spec, type);
        if (limit <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be positive");
        if (!store.existsOrSay(spec.commandLine().getErr())) return Main.SOME_FAILED;
        List<EntityQueries.Summary> list;
        try (NewsStore db = NewsStore.open(store.dir)) {
            EntityStage stage = new EntityStage(db);
            if (rebuild) stage.rebuild(StderrProgress.articles(System.err, "rebuild entities"));
            else stage.resolvePending(StderrProgress.articles(System.err, "entities"));
            list = new EntityQueries(db).list(t, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (EntityQueries.Summary s : list) {
            if (json) {
                out.println(Json.entity(s));
            } else {
                out.printf("%s  %s (%s)  %d mentions in %d articles, %s .. %s%n   %s%n", s.id(), s.name(), typeName(s.type()),
                        s.mentions(), s.articles(), PlainText.orDash(s.firstSeen()), PlainText.orDash(s.lastSeen()), variants(s));
            }
        }
        out.flush();
        return list.isEmpty() ? Main.SOME_FAILED : Main.OK;
    }

    static EntityType parseType(CommandSpec spec, String value) {
        EntityType t = EntityTypeNames.parse(value);
        if (t == null) throw new CommandLine.ParameterException(spec.commandLine(), "--type must be person, org or place");
        return t;
    }

    static String typeName(EntityType t) {
        return EntityTypeNames.name(t);
    }

    private static String variants(EntityQueries.Summary s) {
        StringBuilder b = new StringBuilder();
        s.variants().forEach((v, n) -> b.append(b.length() == 0 ? "" : "; ").append(v).append(" ×").append(n));
        return b.toString();
    }


    /** A correction that may fail with a store error; gives the id to print. */
    interface Correction {
        String apply(EntityStage stage) throws io.newsgraph.store.StoreException;
    }

    /** Resolves what is pending, applies one correction and prints the entity id it gives. */
    int correct(CommandSpec sub, Correction correction) throws Exception {
        if (!store.existsOrSay(sub.commandLine().getErr())) return Main.SOME_FAILED;
        try (NewsStore db = NewsStore.open(store.dir)) {
            EntityStage stage = new EntityStage(db);
            stage.resolvePending(StderrProgress.articles(System.err, "entities"));
            sub.commandLine().getOut().println(correction.apply(stage));
        }
        sub.commandLine().getOut().flush();
        return Main.OK;
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Makes two entities one (by id, name or any spelling); kept across rebuilds.",
                    "Prints the id kept. Exit 1 when either is unknown or their types differ."})
    static final class Merge implements Callable<Integer> {
        @ParentCommand EntitiesCommand parent;
        @Parameters(index = "0", paramLabel = "A") String a;
        @Parameters(index = "1", paramLabel = "B") String b;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return parent.correct(spec, stage -> stage.merge(a, b));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = {"Gives the mentions of entity NAME written FORM an entity of their own; kept across rebuilds"
                    + " and applied to later articles too.", "Prints the new entity's id."})
    static final class Split implements Callable<Integer> {
        @ParentCommand EntitiesCommand parent;
        @Parameters(index = "0", paramLabel = "NAME", description = "The entity: id, name or any spelling.") String name;
        @Parameters(index = "1", paramLabel = "FORM", description = "A variant of it, as listed by 'entities'.") String form;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return parent.correct(spec, stage -> stage.split(name, form));
        }
    }
}
