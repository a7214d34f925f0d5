package io.newsgraph.app.web;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The names of the entities one stored article refers to: read for its ids only, not the whole entity table. */
final class ArticleNames {
    private ArticleNames() {}

    static Map<String, ArticleEntity> of(NewsStore db, StoredArticles.Stored stored) throws StoreException {
        List<String> ids = new ArrayList<>(stored.statementEntities());
        ids.addAll(stored.mentionEntities());
        return new EntityQueries(db).names(ids);
    }
}
