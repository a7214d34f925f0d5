package io.newsgraph.spark;

import io.newsgraph.opensearch.OpenSearchConnection;
import io.newsgraph.opensearch.OpenSearchLoader;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * newsgraph as an Apache Spark job. Tasks run the per-document stages of the {@code core} library on every
 * page of the input (page files, and the HTML responses of WARC archives such as CC-NEWS's) (the costly part: extraction, statements, names, sentence vectors, signatures); the
 * near-duplicates are a distributed LSH join; the driver runs the order-defined cross-document stages
 * (entities, stories) over the processed pages in source order, with the same code as {@code extract},
 * so the tables equal what one machine makes of the same input. Output: Parquet tables under OUTPUT.
 *
 * <p>With {@code --store DIR}, the driver then loads the processed pages into a newsgraph store at DIR, a
 * local folder (created when missing; an existing store is added to), with ingest's writer and then the
 * store's own entity and story stages ({@link StoreLoad}), so that the CLI's {@code search}, {@code quotes},
 * {@code entities}, {@code stories} and {@code serve} read the run with {@code --db DIR} as after
 * {@code ingest} of the same input. With {@code --opensearch URL} as well, that store is then bulk-loaded into
 * OpenSearch as {@code index --opensearch URL} does. A store that cannot be opened, or a server that cannot
 * be reached, is a one-line error and exit code 2, before any work.
 *
 * <pre>spark-submit --class io.newsgraph.spark.NewsgraphJob --jars LIB_JARS newsgraph-spark.jar
 *     [--encoder minilm|lexical] [--partitions N] [--store DIR [--opensearch URL]] OUTPUT INPUT...</pre>
 */
public final class NewsgraphJob {
    /** {@code index}'s defaults: the index {@code search --opensearch} reads, and articles per _bulk request. */
    private static final String OPENSEARCH_INDEX = "newsgraph-articles";
    private static final int OPENSEARCH_BATCH = 500;

    private final SparkSession spark;
    private final EncoderChoice encoder;
    private final int partitions;

    NewsgraphJob(SparkSession spark, EncoderChoice encoder, int partitions) {
        this.spark = spark;
        this.encoder = encoder;
        this.partitions = partitions;
    }

    static final String USAGE = "usage: NewsgraphJob [--encoder minilm|lexical] [--partitions N] [--store DIR [--opensearch URL]]"
            + " OUTPUT INPUT...";

    public static void main(String[] args) {
        int code = exec(args);
        if (code != 0) System.exit(code);
    }

    /**
     * The command line: 0 when done; 2, with one line on stderr, for a usage error, a store that cannot be
     * opened or an OpenSearch server that cannot be reached (both checked before any work); 1 when writing
     * the store or the index fails.
     */
    static int exec(String[] args) {
        EncoderChoice encoder = EncoderChoice.MINILM;
        int partitions = 0;
        String storeDir = null;
        URI opensearch = null;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--encoder" -> encoder = EncoderChoice.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                    case "--store" -> storeDir = value(args, ++i);
                    case "--opensearch" -> opensearch = URI.create(value(args, ++i));
                    case "--help", "-h" -> {
                        System.out.println(USAGE);
                        return 0;
                    }
                    default -> positional.add(args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph-spark: " + e.getMessage() + " (--help)");
            return 2;
        }
        if (positional.size() < 2) {
            System.err.println("newsgraph-spark: need OUTPUT and at least one INPUT (--help)");
            return 2;
        }
        if (opensearch != null && (storeDir == null || opensearch.getHost() == null
                || !("http".equals(opensearch.getScheme()) || "https".equals(opensearch.getScheme())))) {
            System.err.println("newsgraph-spark: " + (storeDir == null ? "--opensearch needs --store DIR"
                    : "--opensearch: not a server URL (want http://HOST:PORT): " + opensearch));
            return 2;
        }
        // the store and the server first, so that what cannot be opened fails before any work
        NewsStore store = null;
        OpenSearchConnection index = null;
        try {
            if (storeDir != null) {
                try {
                    store = NewsStore.open(Path.of(storeDir));
                } catch (StoreException | RuntimeException e) {
                    System.err.println("newsgraph-spark: cannot open store " + storeDir + ": " + firstLine(e.getMessage()));
                    return 2;
                }
            }
            if (opensearch != null) {
                try {
                    index = OpenSearchConnection.open(opensearch, OPENSEARCH_INDEX);
                } catch (StoreException | RuntimeException e) {
                    System.err.println("newsgraph-spark: " + firstLine(e.getMessage()));
                    return 2;
                }
            }
            return run(encoder, partitions, positional, store, index);
        } finally {
            for (AutoCloseable c : new AutoCloseable[] {index, store}) {
                try {
                    if (c != null) c.close();
                } catch (Exception e) {
                    System.err.println("newsgraph-spark: " + firstLine(e.getMessage()));
                }
            }
        }
    }

    /** The job in the session spark-submit made, then the optional OpenSearch load; 1 when writing fails. */
    private static int run(EncoderChoice encoder, int partitions, List<String> positional, NewsStore store, OpenSearchConnection index) {
        SparkSession spark = SparkSession.builder().appName("newsgraph").getOrCreate();
        try {
            Summary s = new NewsgraphJob(spark, encoder, partitions).run(positional.subList(1, positional.size()), positional.get(0), store);
            System.err.println("newsgraph-spark: " + s);
            if (index != null) {
                long indexed = new OpenSearchLoader(index, OPENSEARCH_BATCH).load(store, Progress.NONE);
                System.err.println("newsgraph-spark: " + indexed + " articles indexed in OpenSearch (" + OPENSEARCH_INDEX + ")");
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("newsgraph-spark: " + firstLine(e.getMessage()));
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * What a run made, and the wall time of its phases: the per-document stages in tasks, sorting the
     * articles into source order, the driver's cross-document pass, and the joins and Parquet writes.
     */
    record Summary(long pages, long articles, long failed, long entities, long nearDuplicates,
                   double perDocumentSeconds, double sortSeconds, double driverSeconds, double tablesSeconds,
                   StoreLoad.Result stored, double storeSeconds) {}

    Summary run(List<String> inputs, String output) throws StoreException {
        return run(inputs, output, null);
    }

    /** @param store where to load the processed pages too (and run its entity and story stages), or null */
    Summary run(List<String> inputs, String output, NewsStore store) throws StoreException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        PageTask task = new PageTask(encoder);
        int slices = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
        // the driver lists the files and tasks open them: binaryFiles would pack small pages into splits of 4 MB
        // (spark.files.openCostInBytes), one task for a whole folder, and its handles are costly to move
        List<String> files = InputFiles.list(inputs, sc.hadoopConfiguration());
        JavaRDD<ProcessedDoc> docs = sc.parallelize(files, Math.max(1, Math.min(slices, files.size())))
                .flatMap(uri -> task.processFile(uri).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long t0 = System.nanoTime();
        long pages = docs.count();
        long t1 = System.nanoTime();
        JavaRDD<ProcessedDoc> articles = docs.filter(ProcessedDoc::hasArticle).sortBy(ProcessedDoc::source, true, docs.getNumPartitions())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long articleCount = articles.count();
        long t2 = System.nanoTime();

        CorpusPass.Assignments assigned = new CorpusPass(encoder.encoder()).run(articles::toLocalIterator);
        long t3 = System.nanoTime();

        Dataset<Row> stories = spark.createDataFrame(assigned.articleStories(), Tables.ARTICLE_STORIES);
        Dataset<Row> articleRows = spark.createDataFrame(articles.map(d -> Tables.article(d.source(), d.page().article())), Tables.ARTICLES);
        Dataset<Row> withStories = articleRows.join(stories, "source");
        write(withStories, output, "articles");
        write(Tables.stories(withStories), output, "stories");
        write(spark.createDataFrame(articles.flatMap(d -> Tables.statements(d.source(), d.page().statements()).iterator()), Tables.STATEMENTS)
                .join(spark.createDataFrame(assigned.statementSpeakers(), Tables.ASSIGNED).withColumnRenamed("entity_id", "speaker_entity"),
                        new String[] {"source", "ordinal"}), output, "statements");
        write(spark.createDataFrame(articles.flatMap(d -> Tables.mentions(d.source(), d.page().mentions()).iterator()), Tables.MENTIONS)
                .join(spark.createDataFrame(assigned.mentionEntities(), Tables.ASSIGNED), new String[] {"source", "ordinal"}), output, "mentions");
        write(spark.createDataFrame(assigned.entities(), Tables.ENTITIES), output, "entities");
        Dataset<Row> nearDuplicates = spark.createDataFrame(NearDuplicateJoin.pairs(articles), Tables.NEAR_DUPLICATES);
        write(nearDuplicates, output, "near_duplicates");
        Dataset<Row> failures = spark.createDataFrame(docs.filter(d -> !d.hasArticle())
                .map(d -> org.apache.spark.sql.RowFactory.create(d.source(), d.failure())), Tables.FAILURES);
        write(failures, output, "failures");
        long t4 = System.nanoTime();
        StoreLoad.Result stored = null;
        if (store != null) {
            // one partition at a time on the driver; the others (failed and unreadable pages) are few
            JavaRDD<ProcessedDoc> others = docs.filter(d -> !d.hasArticle()).sortBy(ProcessedDoc::source, true, docs.getNumPartitions());
            TaskVectors vectors = new TaskVectors(encoder.encoder(), articles::toLocalIterator);
            stored = new StoreLoad(store, vectors, StoreLoad.BATCH).load(articles.toLocalIterator(), others.toLocalIterator(), Progress.NONE);
        }
        long t5 = System.nanoTime();
        Summary summary = new Summary(pages, articleCount, failures.count(), assigned.entities().size(),
                spark.read().parquet(output + "/near_duplicates").count(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, stored, (t5 - t4) / 1e9);
        docs.unpersist();
        articles.unpersist();
        return summary;
    }

    private static void write(Dataset<Row> table, String output, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
    }

    /** A local file as a plain path, as ingest and extract name it; any other file system keeps its URI. */
    static String source(String hadoopPath) {
        return hadoopPath.startsWith("file:") ? Path.of(URI.create(hadoopPath)).toString() : hadoopPath;
    }
}
