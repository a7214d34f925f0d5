package io.newsgraph.spark;

import io.newsgraph.entities.ArticleEntities;
import io.newsgraph.entities.Entity;
import io.newsgraph.entities.Mention;
import io.newsgraph.pipeline.CorpusAnalyzer;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.quotes.Statement;
import io.newsgraph.stories.BatchEncoder;
import io.newsgraph.stories.SentenceEncoder;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The cross-document stages on the driver, over the processed pages in source order: the same
 * {@link CorpusAnalyzer} as {@code extract} (entity resolution, then stories), fed the statement vectors
 * the tasks computed, so the driver does only the cheap, order-defined part. A first pass adds every page;
 * a second reads the final assignments (a later page may merge earlier entities or stories).
 */
final class CorpusPass {
    /** Rows of the assignment tables, joined to the per-document tables by (source, ordinal). */
    record Assignments(List<Row> mentionEntities, List<Row> statementSpeakers, List<Row> articleStories, List<Row> entities) {}

    private final SentenceEncoder encoder;

    CorpusPass(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /** @param docs a fresh iterator over the documents with an article, in source order, each time it is called */
    Assignments run(Supplier<Iterator<ProcessedDoc>> docs) {
        BatchEncoder batch = new BatchEncoder(encoder);
        CorpusAnalyzer corpus = new CorpusAnalyzer(batch);
        List<String> sources = new ArrayList<>();
        for (Iterator<ProcessedDoc> it = docs.get(); it.hasNext(); ) {
            ProcessedDoc d = it.next();
            for (int i = 0; i < d.statementVectors().size(); i++) {
                batch.put(d.page().statements().get(i).text(), read(d.statementVectors().get(i)));
            }
            corpus.add(Integer.toString(sources.size()), d.page());
            batch.clear();
            sources.add(d.source());
        }
        List<Row> mentionEntities = new ArrayList<>(), speakers = new ArrayList<>(), stories = new ArrayList<>();
        Map<String, Entity> entities = new TreeMap<>();
        int index = 0;
        for (Iterator<ProcessedDoc> it = docs.get(); it.hasNext(); index++) {
            ProcessedDoc d = it.next();
            String key = Integer.toString(index);
            ProcessedPage p = d.page();
            List<Mention> mentions = p.mentions() == null ? List.of() : p.mentions();
            List<String> ids = new ArrayList<>();
            for (String id : corpus.mentionIds(key, mentions.size())) {
                Entity e = id == null ? null : corpus.entity(id);
                ids.add(e == null ? null : e.id());
                if (e != null) entities.putIfAbsent(e.id(), e);
            }
            for (int i = 0; i < ids.size(); i++) mentionEntities.add(RowFactory.create(d.source(), i, ids.get(i)));
            List<Statement> statements = p.statements();
            for (int i = 0; i < statements.size(); i++) {
                speakers.add(RowFactory.create(d.source(), i, ArticleEntities.speakerEntity(statements.get(i).speaker(), mentions, ids)));
            }
            String story = corpus.storyOf(key).map(k -> sources.get(Integer.parseInt(k))).orElse(null);
            stories.add(RowFactory.create(d.source(), story));
        }
        List<Row> entityRows = new ArrayList<>();
        for (Entity e : entities.values()) {
            entityRows.add(RowFactory.create(e.id(), e.name(), e.type(), e.variants().keySet().toArray(String[]::new),
                    e.variants().values().stream().mapToInt(Integer::intValue).sum(), e.articles().size()));
        }
        return new Assignments(mentionEntities, speakers, stories, entityRows);
    }

    private SentenceEncoder.SentenceVector read(byte[] saved) {
        try {
            return encoder.read(new DataInputStream(new ByteArrayInputStream(saved)));
        } catch (IOException e) {
            throw new UncheckedIOException("a task's sentence vector does not read back", e);
        }
    }
}
