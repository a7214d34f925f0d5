package io.newsgraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * How the Spark job scales from one core to two: the same generated pages ({@link GeneratedReports}: dated,
 * quoted, with syndicated copies) run through the whole job in local[1], then local[2], in one JVM; prints
 * pages/s for each and their ratio, after one untimed warm-up run. {@code bench/spark-scaling.sh [PAGES] [minilm|lexical]} runs it.
 */
public final class ScalingBench {
    private ScalingBench() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        EncoderChoice encoder = args.length > 1 ? EncoderChoice.valueOf(args[1].toUpperCase(Locale.ROOT)) : EncoderChoice.MINILM;
        Path dir = Files.createTempDirectory("newsgraph-spark-bench");
        try {
            Path in = Files.createDirectories(dir.resolve("pages"));
            for (int i = 0; i < pages; i++) Files.writeString(in.resolve("report-" + i + ".html"), GeneratedReports.page(i, i % 4 == 0));
            double first = 0;
            boolean warm = false;
            // a first, untimed pass over the same pages warms the JIT and loads the models, so neither run pays for it
            for (int cores : List.of(2, 1, 2)) {
                SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("newsgraph-bench")
                        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", Integer.toString(4 * cores)).getOrCreate();
                try {
                    long t = System.nanoTime();
                    NewsgraphJob.Summary s = new NewsgraphJob(spark, encoder, 4 * cores).run(List.of(in.toString()), dir.resolve("out" + cores).toString());
                    double seconds = (System.nanoTime() - t) / 1e9;
                    if (!warm) {
                        warm = true;
                        System.out.printf(Locale.ROOT, "warm-up in local[%d]: %.1f s%n", cores, seconds);
                        continue;
                    }
                    double rate = s.pages() / seconds;
                    if (first == 0) first = rate;
                    System.out.printf(Locale.ROOT, "local[%d]: %,d pages in %.1f s, %.1f pages/s (%.2f× local[1]), encoder %s; %s%n",
                            cores, s.pages(), seconds, rate, rate / first, encoder.name().toLowerCase(Locale.ROOT), s);
                } finally {
                    spark.stop();
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
