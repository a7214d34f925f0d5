package io.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.entities.Entity;
import io.newsgraph.ingest.CapturedPage;
import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.PendingPage;
import io.newsgraph.ingest.warc.WarcInput;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.CorpusAnalyzer;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.quotes.Statement;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.stories.StoryOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (two cores) equals the single-machine pipeline on the same input: the seed
 * corpus, generated pages with syndicated copies, a file that is not a page, and a gzipped WARC crawl
 * (request and response records, an image). Articles, statements,
 * the entities each mention resolves to, stories and failures are compared page by page with what
 * {@link PageReader}, {@link PageProcessor} and {@link CorpusAnalyzer} make of the same files in the same
 * order, as {@code extract} runs them; near-duplicates are checked against the copies planted. The same run
 * loads a store ({@code --store}), compared with the store {@code ingest} makes of the same input.
 */
class SparkJobTest {
    @TempDir static Path dir;
    static SparkSession spark;
    static Path pages;
    static Path output;
    static NewsgraphJob.Summary summary;
    /** The store the job loaded (--store). */
    static Path store;

    @BeforeAll
    static void runJob() throws Exception {
        pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < 12; i++) Files.writeString(pages.resolve("report-" + i + ".html"), GeneratedReports.page(i, i % 4 == 0));
        Files.write(pages.resolve("broken.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9});
        GeneratedWarc.write(pages.resolve("crawl.warc.gz"), 12, 18);
        output = dir.resolve("out");
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        store = dir.resolve("store");
        try (NewsStore db = NewsStore.open(store)) {
            summary = new NewsgraphJob(spark, EncoderChoice.MINILM, 0).run(List.of(seeds().toString(), pages.toString()), output.toString(), db);
        }
        System.out.println("spark job: " + summary);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    static Path seeds() {
        String shared = System.getProperty("newsgraph.shared", "../../shared");
        return Path.of(shared).resolve("corpus/seeds").toAbsolutePath().normalize();
    }

    private static Map<String, Row> bySource(String table) {
        Map<String, Row> out = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve(table).toString()).collectAsList()) out.put(r.getAs("source"), r);
        return out;
    }

    /** The single-machine run: the pages in source order through the same stages as extract. */
    private record Local(List<String> sources, List<ProcessedPage> pages, CorpusAnalyzer corpus, Set<String> failed) {}

    private static Local local() throws Exception {
        SourceFiles.Expansion in = SourceFiles.expand(List.of(seeds().toString(), pages.toString()));
        PageReader reader = new PageReader();
        PageProcessor processor = new PageProcessor();
        List<ProcessedPage> ok = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (SourceFiles.Entry e : in.files()) {
            String source = e.file().toAbsolutePath().toString();
            List<PendingPage> captured = new ArrayList<>();
            if (WarcInput.isWarc(e.file())) {
                new WarcInput(e.file(), source, PageReader.DEFAULT_MAX_BYTES).readInto(new PageInput.Sink() {
                    public void page(PendingPage page) {
                        captured.add(page);
                    }

                    public void skipped(String reason) {}

                    public void failed(String name, String reason) {
                        failed.add(name);
                    }
                });
            } else {
                captured.add(new CapturedPage(source, null, null, Files.readAllBytes(e.file())));
            }
            for (PendingPage page : captured) {
                try {
                    ProcessedPage p = processor.process(page.read(reader));
                    if (p.article() == null) failed.add(page.source()); else ok.add(p);
                } catch (io.newsgraph.ingest.PageReadException ex) {
                    failed.add(page.source());
                }
            }
        }
        ok.sort(Comparator.comparing(p -> p.page().source()));
        CorpusAnalyzer corpus = new CorpusAnalyzer(new MiniLmEncoder());
        for (int i = 0; i < ok.size(); i++) corpus.add(Integer.toString(i), ok.get(i));
        return new Local(ok.stream().map(p -> p.page().source()).toList(), ok, corpus, failed);
    }

    @Test
    void tablesEqualTheSingleMachinePipeline() throws Exception {
        Local local = local();
        Map<String, Row> articles = bySource("articles");
        assertThat(articles.keySet()).containsExactlyElementsOf(local.sources());
        assertThat(articles.keySet()).as("pages of the WARC crawl").filteredOn(s -> s.contains(".warc.gz#")).hasSize(6);
        assertThat(articles.values()).filteredOn(r -> ((String) r.getAs("source")).contains(".warc.gz#"))
                .allSatisfy(r -> assertThat((String) r.getAs("url")).startsWith("https://harbour.example.org/reports/"));
        assertThat(bySource("failures").keySet()).isEqualTo(local.failed()).isNotEmpty();

        Map<String, List<Row>> statements = grouped("statements");
        Map<String, List<Row>> mentions = grouped("mentions");
        for (int i = 0; i < local.pages().size(); i++) {
            ProcessedPage p = local.pages().get(i);
            String source = local.sources().get(i);
            Row a = articles.get(source);
            assertThat((String) a.getAs("title")).as(source).isEqualTo(p.article().title());
            assertThat((String) a.getAs("published")).as(source).isEqualTo(p.article().published());
            assertThat((String) a.getAs("text")).as(source).isEqualTo(p.article().text());
            String story = local.corpus().storyOf(Integer.toString(i)).map(k -> local.sources().get(Integer.parseInt(k))).orElse(null);
            assertThat((String) a.getAs("story")).as("story of " + source).isEqualTo(story);

            List<Row> said = statements.getOrDefault(source, List.of());
            assertThat(said).as("statements of " + source).hasSize(p.statements().size());
            for (int k = 0; k < said.size(); k++) {
                Statement s = p.statements().get(k);
                assertThat((String) said.get(k).getAs("text")).isEqualTo(s.text());
                assertThat((String) said.get(k).getAs("speaker")).isEqualTo(s.speaker());
            }
            List<String> ids = local.corpus().mentionIds(Integer.toString(i), p.mentions().size());
            List<Row> named = mentions.getOrDefault(source, List.of());
            assertThat(named).as("mentions of " + source).hasSize(ids.size());
            for (int k = 0; k < ids.size(); k++) {
                Entity e = ids.get(k) == null ? null : local.corpus().entity(ids.get(k));
                assertThat((String) named.get(k).getAs("entity_id")).as(source + " mention " + k).isEqualTo(e == null ? null : e.id());
            }
        }
    }

    @Test
    void theSeedStoryAndThePlantedCopiesAreFound() {
        Map<String, String> story = new HashMap<>();
        bySource("articles").forEach((source, row) -> story.put(Path.of(source).getFileName().toString(), row.getAs("story")));
        assertThat(story.get("000_5b45e3351d63c01e.txt")).isNotNull().isEqualTo(story.get("004_e5c4a71e5aa29ceb.txt"));
        Map<String, Row> articles = bySource("articles");
        // the stories table: one row per story of the articles table, listing exactly its articles
        Map<String, Set<String>> members = new HashMap<>();
        articles.forEach((source, row) -> {
            if (row.getAs("story") != null) members.computeIfAbsent(row.getAs("story"), k -> new HashSet<>()).add(source);
        });
        List<Row> stories = spark.read().parquet(output.resolve("stories").toString()).collectAsList();
        assertThat(stories).hasSize(members.size());
        for (Row r : stories) {
            Set<String> sources = new HashSet<>(r.getList(r.fieldIndex("sources")));
            assertThat(sources).as("story " + r.getAs("story")).isEqualTo(members.get(r.<String>getAs("story")))
                    .contains(r.<String>getAs("story"));
            assertThat(r.<Long>getAs("articles")).isEqualTo((long) sources.size());
        }
        List<Row> pairs = spark.read().parquet(output.resolve("near_duplicates").toString()).collectAsList();
        assertThat(pairs).as("one pair per syndicated copy").hasSize(GeneratedReports.copies(18));
        for (Row r : pairs) {
            assertThat(r.getDouble(2)).isGreaterThanOrEqualTo(0.5);
            String first = articles.get(r.getString(0)).getAs("title"), second = articles.get(r.getString(1)).getAs("title");
            assertThat(event(first)).as(first + " / " + second).isEqualTo(event(second));
        }
        assertThat(summary.entities()).isPositive();
    }

    /**
     * The store the job loaded (--store) equals the store {@code ingest} makes of the same input, after the
     * same cross-document stages as {@code PendingStages} runs: the same pages by status, problems, statements,
     * entities (name, type and counts), the entity of every mention, and story groups. Page ids may differ
     * (ingest numbers pages as its workers finish them, the job in source order), so rows are compared by source.
     */
    @Test
    void theLoadedStoreEqualsIngestOfTheSameInput() throws Exception {
        Path ingested = dir.resolve("ingested");
        try (NewsStore db = NewsStore.open(ingested)) {
            new IngestPipeline(db, new PageReader(), new PageProcessor(), 1, StoreLoad.BATCH, Progress.NONE)
                    .run(SourceFiles.expand(List.of(seeds().toString(), pages.toString())));
            new EntityStage(db).resolvePending(Progress.NONE);
            new StoryStage(db, new MiniLmEncoder(), StoryOptions.DEFAULTS).placePending(Progress.NONE);
        }
        assertThat(summary.stored()).isNotNull();
        assertThat(summary.stored().added()).isEqualTo(summary.articles());
        assertThat(summary.stored().statementsEncoded()).as("statements encoded again on the driver").isZero();
        assertThat(summary.stored().vectorsReused()).as("the tasks' vectors").isPositive();
        try (NewsStore job = NewsStore.open(store); NewsStore local = NewsStore.open(ingested)) {
            assertThat(job.counts()).isEqualTo(local.counts());
            assertThat(job.counts().articles()).isPositive();
            assertThat(job.problems()).isEqualTo(local.problems()).isNotEmpty();
            assertThat(new EntityQueries(job).list(null, Integer.MAX_VALUE)).extracting(e -> e.name() + " " + e.type() + " " + e.mentions() + " " + e.articles())
                    .containsExactlyInAnyOrderElementsOf(new EntityQueries(local).list(null, Integer.MAX_VALUE).stream()
                            .map(e -> e.name() + " " + e.type() + " " + e.mentions() + " " + e.articles()).toList())
                    .isNotEmpty();
        }
        String articles = "SELECT p.source, p.status, a.title, a.published FROM pages p JOIN articles a ON a.page_id = p.id ORDER BY 1";
        String statements = "SELECT p.source, s.ordinal, s.speaker, s.text, e.name FROM statements s JOIN pages p ON p.id = s.page_id"
                + " LEFT JOIN entities e ON e.id = s.entity_id ORDER BY 1, 2";
        String mentions = "SELECT p.source, m.ordinal, m.text, e.name, e.type FROM mentions m JOIN pages p ON p.id = m.page_id"
                + " LEFT JOIN entities e ON e.id = m.entity_id ORDER BY 1, 2";
        for (String sql : List.of(articles, statements, mentions)) {
            assertThat(rows(store, sql)).as(sql).isEqualTo(rows(ingested, sql)).isNotEmpty();
        }
        assertThat(rows(store, articles)).extracting(r -> r.get(0)).containsAll(bySource("articles").keySet());
        Set<Set<String>> stories = storyGroups(store);
        assertThat(stories).isEqualTo(storyGroups(ingested));
        assertThat(stories).as("a story of several articles").anyMatch(g -> g.size() > 1);
    }

    @Test
    void aStoreThatCannotBeOpenedIsAOneLineErrorAndExitCode2() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file");
        String unused = dir.resolve("unused").toString();
        assertThat(exec("--store", notAFolder.toString(), unused, pages.toString()))
                .startsWith("newsgraph-spark: cannot open store " + notAFolder + ":").endsWith("exit 2");
        // a server that does not answer: also before any work (port 9 is discard, closed on a test machine)
        assertThat(exec("--store", dir.resolve("store-2").toString(), "--opensearch", "http://127.0.0.1:9", unused, pages.toString()))
                .startsWith("newsgraph-spark: OpenSearch at http://127.0.0.1:9").endsWith("exit 2");
        assertThat(exec("--opensearch", "http://127.0.0.1:9", unused, pages.toString()))
                .isEqualTo("newsgraph-spark: --opensearch needs --store DIR exit 2");
        assertThat(Path.of(unused)).doesNotExist();
    }

    /** Runs the command line with stderr captured; returns its one line of stderr and "exit N". */
    private static String exec(String... args) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        int code;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            code = NewsgraphJob.exec(args);
        } finally {
            System.setErr(saved);
        }
        List<String> lines = err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).as("stderr").hasSize(1);
        return lines.get(0) + " exit " + code;
    }

    /** Every row of a query on a store's database, as lists of column values. */
    private static List<List<Object>> rows(Path storeDir, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(NewsStore.FILE_NAME));
             java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                out.add(row);
            }
        }
        return out;
    }

    /** The stories of a store as the sets of their articles' sources. */
    private static Set<Set<String>> storyGroups(Path storeDir) throws Exception {
        Map<Object, Set<String>> groups = new HashMap<>();
        for (List<Object> r : rows(storeDir, "SELECT sm.story_id, p.source FROM story_members sm JOIN pages p ON p.id = sm.page_id")) {
            groups.computeIfAbsent(r.get(0), k -> new TreeSet<>()).add((String) r.get(1));
        }
        return new HashSet<>(groups.values());
    }

    /** "Harbour plan 7: copy of decision" → "Harbour plan 7". */
    private static String event(String title) {
        return title.substring(0, title.indexOf(':'));
    }

    private static Map<String, List<Row>> grouped(String table) {
        Map<String, List<Row>> out = new HashMap<>();
        for (Row r : spark.read().parquet(output.resolve(table).toString()).collectAsList()) {
            out.computeIfAbsent(r.getAs("source"), k -> new ArrayList<>()).add(r);
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(r -> r.<Integer>getAs("ordinal"))));
        return out;
    }
}
