package io.newsgraph.spark;

import io.newsgraph.entities.Mention;
import io.newsgraph.extract.Article;
import io.newsgraph.quotes.Statement;
import java.util.ArrayList;
import java.util.List;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's Parquet tables: their schemas and the rows of one processed page. Column names follow
 * {@code export}'s JSON keys, so one reader understands both. Lists are arrays: Spark takes Java arrays, not lists, for array columns.
 */
final class Tables {
    private Tables() {}

    static final StructType ARTICLES = new StructType()
            .add("source", DataTypes.StringType, false).add("url", DataTypes.StringType).add("outlet", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("byline", DataTypes.StringType)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType)).add("credited_source", DataTypes.StringType)
            .add("published", DataTypes.StringType).add("modified", DataTypes.StringType).add("dek", DataTypes.StringType)
            .add("tags", DataTypes.createArrayType(DataTypes.StringType)).add("text", DataTypes.StringType)
            .add("language", DataTypes.StringType).add("is_article", DataTypes.BooleanType, false)
            .add("not_article_reason", DataTypes.StringType);

    static final StructType STATEMENTS = new StructType()
            .add("source", DataTypes.StringType, false).add("ordinal", DataTypes.IntegerType, false)
            .add("kind", DataTypes.StringType).add("speaker", DataTypes.StringType).add("speaker_mention", DataTypes.StringType)
            .add("speaker_type", DataTypes.StringType).add("cue", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType).add("reported_by", DataTypes.StringType);

    static final StructType MENTIONS = new StructType()
            .add("source", DataTypes.StringType, false).add("ordinal", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType).add("type", DataTypes.StringType).add("referent", DataTypes.StringType)
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType);

    static final StructType ASSIGNED = new StructType()
            .add("source", DataTypes.StringType, false).add("ordinal", DataTypes.IntegerType, false)
            .add("entity_id", DataTypes.StringType);

    static final StructType ARTICLE_STORIES = new StructType()
            .add("source", DataTypes.StringType, false).add("story", DataTypes.StringType);

    static final StructType ENTITIES = new StructType()
            .add("id", DataTypes.StringType, false).add("name", DataTypes.StringType).add("type", DataTypes.StringType)
            .add("variants", DataTypes.createArrayType(DataTypes.StringType)).add("mentions", DataTypes.IntegerType)
            .add("articles", DataTypes.IntegerType);

    static final StructType NEAR_DUPLICATES = new StructType()
            .add("first", DataTypes.StringType, false).add("second", DataTypes.StringType, false)
            .add("jaccard", DataTypes.DoubleType, false);

    static final StructType FAILURES = new StructType()
            .add("source", DataTypes.StringType, false).add("reason", DataTypes.StringType);

    /**
     * One row per story, from the articles table's {@code story} column: the story (its first article's
     * source), how many articles it has, its outlets, its first and last publication, and its articles.
     */
    static Dataset<Row> stories(Dataset<Row> articlesWithStory) {
        return articlesWithStory.filter(col("story").isNotNull()).groupBy("story").agg(
                count("source").as("articles"),
                array_sort(collect_set("outlet")).as("outlets"),
                min("published").as("first_published"),
                max("published").as("last_published"),
                array_sort(collect_list("source")).as("sources"));
    }

    static Row article(String source, Article a) {
        return RowFactory.create(source, a.url(), a.outlet(), a.title(), a.byline(), a.authors().toArray(String[]::new), a.creditedSource(),
                a.published(), a.modified(), a.dek(), a.tags().toArray(String[]::new), a.text(), a.language(), a.isArticle(), a.notArticleReason());
    }

    static List<Row> statements(String source, List<Statement> statements) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            rows.add(RowFactory.create(source, i, s.kind(), s.speaker(), s.speakerMention(), s.speakerType(), s.cue(), s.text(),
                    s.start(), s.end(), s.reportedBy()));
        }
        return rows;
    }

    static List<Row> mentions(String source, List<Mention> mentions) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; mentions != null && i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            rows.add(RowFactory.create(source, i, m.text(), m.type().name(), m.referent(), m.start(), m.end()));
        }
        return rows;
    }
}
