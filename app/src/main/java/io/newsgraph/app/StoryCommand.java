package io.newsgraph.app;

import io.newsgraph.extract.Article;
import io.newsgraph.pipeline.StoryReport;
import io.newsgraph.pipeline.StoryReports;
import io.newsgraph.store.NewsStore;
import io.newsgraph.stories.AlignedStatement;
import io.newsgraph.stories.Framing;
import io.newsgraph.stories.FramingLexicon;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.stories.Origin;
import io.newsgraph.stories.Provenance;
import io.newsgraph.stories.WordingDiff;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Shows one story: its articles side by side in publication order with each one's lag behind the"
                + " first report and why it joined, the origins the articles state (credited source, interview, speech, letter),"
                + " the statements the outlets share aligned with their wording differences, and the terms each outlet uses"
                + " for the same referents (counted, descriptive)."})
final class StoryCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "ID", description = "A story id as 'stories' prints it (S12).")
    String id;

    @Option(names = "--json", description = "The story as one JSON object.")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!store.existsOrSay(err)) return Main.SOME_FAILED;
        Optional<StoryReport> report;
        try (NewsStore db = store.openFinished(false)) {
            report = new StoryReports(db, new MiniLmEncoder(), FramingLexicon.middleEast()).report(id);
        }
        if (report.isEmpty()) {
            err.println("newsgraph: no story " + id + " (run 'stories' for the ids)");
            err.flush();
            return Main.SOME_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(Json.write(StoryJson.report(report.get())));
        else print(out, report.get());
        out.flush();
        return Main.OK;
    }

    private static void print(PrintWriter out, StoryReport r) {
        Provenance p = r.provenance();
        Map<String, Duration> lags = new HashMap<>();
        lags.put(p.first().articleId(), Duration.ZERO);
        p.later().forEach(l -> lags.put(l.articleId(), l.lag()));
        out.printf("%s: %d articles%n%narticles, first report first:%n", r.id(), r.articles().size());
        for (StoryReport.Entry e : r.articles()) {
            Article a = e.article();
            String why = e.joined().linkedTo() == null ? "starts the story"
                    : (e.joined().nearDuplicateOf() != null ? "near-copy of " : "linked to ") + e.joined().linkedTo()
                    + String.format(Locale.ROOT, " (shingles %.2f, words %.2f, %d shared statements, %d shared entities)",
                    e.joined().jaccard(), e.joined().wordJaccard(), e.joined().sharedStatements(), e.joined().sharedEntities());
            out.printf("  [%d] %s  %s  %s  %s%n       %s; %s%n", e.pageId(), PlainText.orDash(a.published()), lag(lags.get(Long.toString(e.pageId()))),
                    a.outlet() == null || a.outlet().isBlank() ? "(no outlet)" : a.outlet(), PlainText.orDash(a.title()), a.source(), why);
        }
        if (!p.origins().isEmpty()) {
            out.printf("%norigins the articles state:%n");
            for (Origin o : p.origins()) {
                out.printf("  [%s] %s%s: \"%s\"%n", o.articleId(), o.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        o.venue().isBlank() ? "" : " " + o.venue(), o.evidence());
            }
        }
        out.printf("%nstatements the outlets share (%d):%n", p.aligned().size());
        for (AlignedStatement s : p.aligned()) {
            out.printf("  %.2f  [%s] %s: %s%n        [%s] %s: %s%n        wording: %s%n", s.similarity(), s.first(),
                    s.firstText().speaker(), s.firstText().text(), s.second(), s.secondText().speaker(), s.secondText().text(),
                    wdiff(s.diff()));
        }
        Framing f = r.framing();
        if (!f.rows().isEmpty()) {
            out.printf("%nterms used (per outlet): %s%n", String.join(" | ", f.outlets()));
            int width = f.rows().stream().mapToInt(row -> row.referent().length()).max().orElse(0);
            int termWidth = f.rows().stream().mapToInt(row -> row.term().length()).max().orElse(0);
            for (Framing.Row row : f.rows()) {
                StringBuilder counts = new StringBuilder();
                for (String outlet : f.outlets()) counts.append(counts.length() == 0 ? "" : " | ").append(row.count(outlet));
                out.printf("  %-" + width + "s  %-" + termWidth + "s  %s%n", row.referent(), row.term(), counts);
            }
        }
    }

    /** The two wordings in one line, as GNU wdiff prints them: [-only the first-] {+only the second+}. */
    private static String wdiff(WordingDiff diff) {
        StringBuilder line = new StringBuilder();
        for (WordingDiff.Run run : diff.runs()) {
            if (line.length() > 0) line.append(' ');
            switch (run.side()) {
                case BOTH -> line.append(run.words());
                case FIRST -> line.append("[-").append(run.words()).append("-]");
                case SECOND -> line.append("{+").append(run.words()).append("+}");
            }
        }
        return line.toString();
    }

    private static String lag(Duration d) {
        if (d == null || d.isZero()) return "first";
        return String.format(Locale.ROOT, "+%dh%02dm", d.toHours(), d.toMinutesPart());
    }
}
