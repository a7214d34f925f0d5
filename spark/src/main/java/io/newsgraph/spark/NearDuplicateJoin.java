package io.newsgraph.spark;

import io.newsgraph.stories.ShingleSignature;
import io.newsgraph.stories.StoryOptions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Near-duplicates across the whole input, by LSH banding as a distributed join: each article is keyed by
 * the bands of its shingle signature, articles sharing a band key meet in one group, and each pair met is
 * kept when its estimated Jaccard reaches the stories' near-duplicate threshold. A pair sharing several
 * bands is compared once per band and deduplicated. Unlike the clusterer, no date window applies: a copy
 * published a month later is still a copy.
 */
final class NearDuplicateJoin {
    private NearDuplicateJoin() {}

    static JavaRDD<Row> pairs(JavaRDD<ProcessedDoc> docs) {
        double threshold = StoryOptions.DEFAULTS.nearDuplicate();
        return docs.filter(d -> d.signature() != null)
                .flatMapToPair(d -> {
                    List<Tuple2<Long, ProcessedDoc>> keyed = new ArrayList<>();
                    for (long key : ShingleSignature.bandKeys(d.signature())) keyed.add(new Tuple2<>(key, d));
                    return keyed.iterator();
                })
                .mapValues(d -> new Tuple2<>(d.source(), d.signature()))
                .groupByKey()
                .flatMap(group -> {
                    List<Tuple2<String, int[]>> members = new ArrayList<>();
                    group._2().forEach(members::add);
                    members.sort((x, y) -> x._1().compareTo(y._1()));
                    List<Tuple2<Tuple2<String, String>, Double>> close = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        for (int j = i + 1; j < members.size(); j++) {
                            double jaccard = ShingleSignature.jaccard(members.get(i)._2(), members.get(j)._2());
                            if (jaccard >= threshold) close.add(new Tuple2<>(new Tuple2<>(members.get(i)._1(), members.get(j)._1()), jaccard));
                        }
                    }
                    return close.iterator();
                })
                .distinct()
                .map(t -> RowFactory.create(t._1()._1(), t._1()._2(), t._2()));
    }
}
