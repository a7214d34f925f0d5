package io.newsgraph.entities;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mutable record {@link EntityResolver} keeps for one entity while it grows; never leaves the
 * package ({@link #snapshot} makes the immutable {@link Entity}). Not thread-safe.
 */
final class EntityState {
    /** Context keys kept per entity; enough to confirm a misspelling, bounded so memory stays flat. */
    private static final int MAX_CONTEXT = 96;

    final int id;
    final EntityType type;
    final Map<String, Integer> variants = new TreeMap<>();
    final Map<String, Integer> referents = new TreeMap<>();
    final Set<String> articles = new TreeSet<>();
    final Set<String> givens = new TreeSet<>();
    final Set<String> surnames = new TreeSet<>();
    final Set<String> strongKeys = new TreeSet<>();
    final Set<String> weakKeys = new TreeSet<>();
    final Set<String> acronyms = new TreeSet<>();
    final Map<String, Integer> context = new HashMap<>();
    final Set<String> blockKeys = new LinkedHashSet<>();
    int mergedInto = -1;

    EntityState(int id, EntityType type) {
        this.id = id;
        this.type = type;
    }

    void add(MentionGroup g, String articleId) {
        g.forms().forEach((form, n) -> variants.merge(form, n, Integer::sum));
        referents.merge(g.type() == EntityType.PERSON ? MentionGroup.bareName(g.referent()) : g.referent(), 1, Integer::sum);
        articles.add(articleId);
        if (g.given() != null) givens.add(g.given());
        if (g.surname() != null) surnames.add(g.surname());
        if (g.strongKey() != null) strongKeys.add(g.strongKey());
        weakKeys.addAll(g.weakKeys());
        weakKeys.removeAll(strongKeys);
        acronyms.addAll(g.acronyms());
        for (String k : g.context()) addContext(k, 1);
    }

    void absorb(EntityState other) {
        other.variants.forEach((k, n) -> variants.merge(k, n, Integer::sum));
        other.referents.forEach((k, n) -> referents.merge(k, n, Integer::sum));
        articles.addAll(other.articles);
        givens.addAll(other.givens);
        surnames.addAll(other.surnames);
        strongKeys.addAll(other.strongKeys);
        weakKeys.addAll(other.weakKeys);
        weakKeys.removeAll(strongKeys);
        acronyms.addAll(other.acronyms);
        new TreeMap<>(other.context).forEach(this::addContext);
        other.mergedInto = id;
        other.clearEvidence();
    }

    /** A merged-away state is only a pointer; its block keys are moved by the resolver itself. */
    private void clearEvidence() {
        variants.clear();
        referents.clear();
        articles.clear();
        givens.clear();
        surnames.clear();
        strongKeys.clear();
        weakKeys.clear();
        acronyms.clear();
        context.clear();
    }

    private void addContext(String key, int n) {
        if (context.size() < MAX_CONTEXT || context.containsKey(key)) context.merge(key, n, Integer::sum);
    }

    /** How many of the given context keys this entity has been seen with. */
    int overlap(Set<String> keys) {
        int n = 0;
        for (String k : keys) if (context.containsKey(k)) n++;
        return n;
    }

    /**
     * How many of the given organization and place keys this entity has been seen with. Persons are left
     * out: their keys are surnames, which many people share, so they prove too little to accept a misspelling.
     */
    int namedOverlap(Set<String> keys) {
        int n = 0;
        for (String k : keys) if (!k.startsWith("p:") && context.containsKey(k)) n++;
        return n;
    }

    /** Whether this is a person known only by a surname, or an organization only by an acronym. */
    boolean isPartial() {
        return type == EntityType.PERSON ? givens.isEmpty() : strongKeys.isEmpty();
    }

    /** The canonical name; referents are stored bare of honorifics already. */
    String name() {
        return CanonicalName.choose(type, referents);
    }

    SavedEntity save() {
        return new SavedEntity(id, type, mergedInto, variants, referents, givens, surnames, strongKeys, weakKeys,
                acronyms, context, java.util.List.copyOf(blockKeys));
    }

    static EntityState restore(SavedEntity e) {
        EntityState s = new EntityState(e.id(), e.type());
        s.mergedInto = e.mergedInto();
        s.variants.putAll(e.variants());
        s.referents.putAll(e.referents());
        s.givens.addAll(e.givens());
        s.surnames.addAll(e.surnames());
        s.strongKeys.addAll(e.strongKeys());
        s.weakKeys.addAll(e.weakKeys());
        s.acronyms.addAll(e.acronyms());
        // insertion order decides which keys fill the bounded context first; keep it stable
        new TreeMap<>(e.context()).forEach(s.context::put);
        s.blockKeys.addAll(e.blockKeys());
        return s;
    }

    Entity snapshot() {
        return new Entity("E" + id, name(), type.name(), variants, articles);
    }
}
