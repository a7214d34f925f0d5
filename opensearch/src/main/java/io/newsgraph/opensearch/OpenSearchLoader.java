package io.newsgraph.opensearch;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreCounts;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Copies every stored article into the OpenSearch index with {@code _bulk} requests of a fixed number of
 * articles. The document id is the page id, so loading again replaces documents instead of adding copies.
 */
public final class OpenSearchLoader {
    private final OpenSearchConnection connection;
    private final int batchSize;

    public OpenSearchLoader(OpenSearchConnection connection, int batchSize) {
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        this.connection = connection;
        this.batchSize = batchSize;
    }

    /**
     * Indexes every article of the store (pages kept as not articles too, as the embedded index does),
     * reporting done and total on {@code progress}, and makes them searchable before returning.
     *
     * @return how many articles were indexed
     */
    public long load(NewsStore store, Progress progress) throws StoreException {
        StoreCounts counts = store.counts();
        long total = counts.articles() + counts.noArticle();
        Map<String, ArticleEntity> names = new EntityQueries(store).names();
        List<BulkOperation> batch = new ArrayList<>(batchSize);
        long[] done = {0};
        new StoredArticles(store).forEach(stored -> {
            IndexedArticle doc = IndexedArticle.of(stored, names);
            String id = Long.toString(stored.pageId());
            batch.add(BulkOperation.of(op -> op.index(i -> i.index(connection.index()).id(id).document(doc))));
            if (batch.size() == batchSize) done[0] = flush(batch, done[0], total, progress);
        });
        if (!batch.isEmpty()) done[0] = flush(batch, done[0], total, progress);
        try {
            connection.client().indices().refresh(r -> r.index(connection.index()));
        } catch (IOException | RuntimeException e) {
            throw connection.failure("cannot refresh index " + connection.index(), e);
        }
        return done[0];
    }

    /** Sends the batch, empties it and reports; returns how many articles are now done. */
    private long flush(List<BulkOperation> batch, long done, long total, Progress progress) throws StoreException {
        send(batch);
        long now = done + batch.size();
        batch.clear();
        progress.update(now, total, 0, 0, 0);
        return now;
    }

    private void send(List<BulkOperation> batch) throws StoreException {
        BulkResponse response;
        try {
            response = connection.client().bulk(b -> b.operations(batch));
        } catch (IOException | RuntimeException e) {
            throw connection.failure("bulk request of " + batch.size() + " articles failed", e);
        }
        if (response.errors()) {
            // one refused document means a mapping or analyzer problem every later batch would repeat
            BulkResponseItem first = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw connection.failure("page " + first.id() + " was refused", new IOException(first.error().reason()));
        }
    }
}
