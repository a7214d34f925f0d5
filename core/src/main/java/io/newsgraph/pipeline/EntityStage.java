package io.newsgraph.pipeline;

import io.newsgraph.entities.ArticleEntities;
import io.newsgraph.entities.Entity;
import io.newsgraph.entities.EntityResolver;
import io.newsgraph.entities.EntityType;
import io.newsgraph.entities.Mention;
import io.newsgraph.entities.MentionFinder;
import io.newsgraph.entities.SavedEntity;
import io.newsgraph.extract.Article;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.EntityTables;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-document stage: resolves the mentions of stored articles into entities, one writer, in page
 * order, a chunk of articles per transaction. The resolver's state is loaded from the store once and
 * saved back entity by entity as it changes, so each ingest costs only its own articles; a rebuild
 * clears the entities, finds every article's mentions again, resolves them in the same order (giving
 * the same entities and ids) and replays the users' corrections. Not thread-safe.
 */
public final class EntityStage {
    private static final int CHUNK = 1000;

    private final NewsStore store;
    private final EntityTables tables;
    private final MentionFinder finder = new MentionFinder();
    private EntityResolver resolver;

    public EntityStage(NewsStore store) {
        this.store = store;
        this.tables = new EntityTables(store);
    }

    /** Resolves every article not resolved yet; returns how many were. */
    public long resolvePending(Progress progress) throws StoreException {
        long total = tables.pendingCount();
        long done = 0;
        for (List<EntityTables.Pending> chunk = tables.pending(CHUNK); !chunk.isEmpty(); chunk = tables.pending(CHUNK)) {
            resolve(chunk);
            done += chunk.size();
            progress.update(done, total, done, 0, 0);
        }
        tables.summariseStale();
        return done;
    }

    /**
     * Forgets all entities and resolves every stored article again from its text, then replays the
     * corrections; one that no longer applies (its names are gone) is skipped and kept for later.
     */
    public long rebuild(Progress progress) throws StoreException {
        tables.clear();
        resolver = new EntityResolver();
        long n = resolvePending(progress);
        for (EntityTables.Correction c : tables.corrections()) {
            try {
                if (c.action().equals("merge")) applyMerge(c.name(), c.other());
                else applySplit(c.seq(), require(c.name()), c.other());
            } catch (CorrectionRefused e) {
                // the articles that named it may be gone; the correction stays for when they come back
            }
        }
        return n;
    }

    /** A user's correction: the entities named {@code a} and {@code b} are one. Returns the entity id kept. */
    public String merge(String a, String b) throws StoreException {
        String kept = applyMerge(a, b);
        tables.recordCorrection("merge", a, b, null, null);
        return kept;
    }

    /** A user's correction: the mentions written {@code form} leave the entity named {@code name}. Returns the new entity's id. */
    public String split(String name, String form) throws StoreException {
        String from = require(name);
        if (new EntityQueries(store).variants(from).keySet().stream().noneMatch(form::equalsIgnoreCase)) {
            throw new CorrectionRefused("entity " + name + " is never written \"" + form + "\"");
        }
        return applySplit(tables.recordCorrection("split", name, form, null, null), from, form);
    }

    /** A correction that cannot apply: it names an entity or a form that is not there, or entities of two types. */
    public static final class CorrectionRefused extends StoreException {
        CorrectionRefused(String message) {
            super(message, null);
        }
    }

    private String applyMerge(String a, String b) throws StoreException {
        String x = require(a);
        String y = require(b);
        String kept;
        try {
            kept = resolver().merge(x, y);
        } catch (IllegalArgumentException e) {
            throw new CorrectionRefused("cannot merge " + a + " and " + b + ": " + e.getMessage());
        }
        writeChanges(List.of());
        return kept;
    }

    private String applySplit(long seq, String from, String form) throws StoreException {
        String to = resolver().createApart(EntityType.valueOf(resolver().entity(from).type()), form);
        tables.updateSplit(seq, from, to);
        writeChanges(List.of());
        return to;
    }

    /** The current id of the entity a user named: by id, canonical name, a form it is written in, or any spelling of it. */
    private String require(String nameOrId) throws StoreException {
        String id = new EntityQueries(store).find(nameOrId);
        if (id == null) throw new CorrectionRefused("no entity named " + nameOrId);
        Entity e = resolver().entity(id);
        return e == null ? id : e.id();
    }

    private void resolve(List<EntityTables.Pending> chunk) throws StoreException {
        EntityResolver r = resolver();
        StoredArticles articles = new StoredArticles(store);
        List<EntityTables.Resolved> resolved = new ArrayList<>();
        for (EntityTables.Pending p : chunk) {
            List<Mention> mentions = p.mentions();
            if (mentions == null) {
                Article a = articles.article(p.pageId());
                mentions = a == null || !a.isArticle() ? List.of() : finder.find(a);
            }
            String articleId = Long.toString(p.pageId());
            r.add(articleId, mentions);
            List<String> ids = new ArrayList<>(mentions.size());
            for (int i = 0; i < mentions.size(); i++) ids.add(r.entityOf(articleId, i));
            Map<Integer, String> speakers = new LinkedHashMap<>();
            for (EntityTables.Speaker s : p.speakers()) {
                String id = ArticleEntities.speakerEntity(s.name(), mentions, ids);
                if (id != null) speakers.put(s.ordinal(), id);
            }
            resolved.add(new EntityTables.Resolved(p.pageId(), p.published(), mentions, p.mentions() == null, ids, speakers));
        }
        writeChanges(resolved);
    }

    /**
     * Writes resolved articles with the resolver's changes: merged-away entities send their mentions to
     * where they went, and every split is applied again so that new mentions of a split-off form follow it.
     */
    private void writeChanges(List<EntityTables.Resolved> resolved) throws StoreException {
        EntityResolver r = resolver();
        List<SavedEntity> changed = r.takeChanged();
        Map<String, String> redirects = new HashMap<>();
        for (SavedEntity e : changed) {
            if (e.mergedInto() >= 0) redirects.put("E" + e.id(), r.entity("E" + e.id()).id());
        }
        List<EntityTables.Split> splits = new ArrayList<>();
        for (EntityTables.Split s : tables.splits()) {
            splits.add(new EntityTables.Split(s.seq(), s.name(), s.form(), r.entity(s.from()).id(), r.entity(s.to()).id()));
        }
        tables.write(resolved, changed, redirects, splits);
        if (resolved.isEmpty()) tables.summariseStale(); // a correction: no resolvePending follows
    }

    private EntityResolver resolver() throws StoreException {
        if (resolver == null) resolver = EntityResolver.restore(tables.savedEntities());
        return resolver;
    }
}
