package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the mentions of many articles into entities, one article at a time. Each article's mentions
 * are first grouped by referent ({@link MentionGroup}); each group then looks up only the entities filed
 * under its own block keys ({@link Postings}: a person's given-name and surname skeletons, their one-letter
 * deletions, an organization's keys and acronyms), so adding an article costs the same however many
 * articles are stored.
 *
 * <p>Rules, in order. A person whose given name and surname are the same name ({@link NameKeys#sameWord})
 * as an entity's joins it, if the match leans on an ambiguous "e" only when one organization or place
 * of the article was seen with the entity too; one letter apart in either ({@link NameKeys#nearWord}) joins only when the two
 * share context (other names of the article). A surname alone joins the one person of that surname, or
 * the one its context points to, else stays a surname-only entity until a full name claims it. An
 * organization joins the entity that has its full key; a shorter form ("Islamic Jihad") joins the one
 * entity known to use it; an acronym joins the one long form it stands for. Types never mix, so a person
 * stays apart from his organization; a movement and its armed wing have different keys.
 *
 * <p>Deterministic: the same articles added in the same order give the same entities and ids, so a full
 * rebuild reproduces an incremental one. Not thread-safe; one writer adds, as in the store.
 */
public final class EntityResolver {
    private final List<EntityState> states = new ArrayList<>();
    private final Postings postings = new Postings();
    private final Map<String, int[]> mentionEntities = new HashMap<>();
    /** Ids of the states changed since {@link #takeChanged}, so a store writes only those. */
    private final Set<Integer> changed = new java.util.TreeSet<>();

    public EntityResolver() {
    }

    /**
     * A resolver that goes on from saved states ({@link #takeChanged} of an earlier one): every id from 0
     * up, merged ones included. The articles of each entity are not saved (the store keeps them with the
     * mentions), so {@link Entity#articles} then holds only the articles added since.
     */
    public static EntityResolver restore(List<SavedEntity> saved) {
        EntityResolver r = new EntityResolver();
        for (SavedEntity e : saved.stream().sorted(java.util.Comparator.comparingInt(SavedEntity::id)).toList()) {
            if (e.id() != r.states.size()) throw new IllegalArgumentException("saved entities skip id " + r.states.size());
            EntityState s = EntityState.restore(e);
            r.states.add(s);
            for (String k : s.blockKeys) r.postings.add(k, s.id);
        }
        return r;
    }

    /** The saved form of every state changed since the last call (merged-away ones too), by id; clears the record. */
    public List<SavedEntity> takeChanged() {
        List<SavedEntity> out = new ArrayList<>();
        for (int id : changed) out.add(states.get(id).save());
        changed.clear();
        return out;
    }

    /**
     * Adds one article's mentions (as {@link MentionFinder} gives them). Adding an article id again is
     * ignored, so a re-run ingest converges.
     */
    public void add(String articleId, List<Mention> mentions) {
        if (mentionEntities.containsKey(articleId)) return;
        int[] ids = new int[mentions.size()];
        Arrays.fill(ids, -1);
        for (MentionGroup g : MentionGroup.of(mentions)) {
            int id = switch (g.type()) {
                case PERSON -> resolvePerson(g, articleId);
                case ORG, LOC -> resolveNamed(g, articleId);
            };
            for (int i : g.mentions()) ids[i] = id;
        }
        mentionEntities.put(articleId, ids);
    }

    /** The entity id of an article's {@code index}-th mention, or null when it was not resolved. */
    public String entityOf(String articleId, int index) {
        int[] ids = mentionEntities.get(articleId);
        if (ids == null || index < 0 || index >= ids.length || ids[index] < 0) return null;
        return "E" + find(ids[index]);
    }

    /** All entities, by id. */
    public List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (EntityState s : states) if (s.mergedInto < 0) out.add(s.snapshot());
        return out;
    }

    /** The entities one article mentions, in order of first mention. */
    public List<Entity> entitiesOf(String articleId) {
        int[] ids = mentionEntities.get(articleId);
        if (ids == null) return List.of();
        Set<Integer> seen = new LinkedHashSet<>();
        for (int id : ids) if (id >= 0) seen.add(find(id));
        List<Entity> out = new ArrayList<>();
        for (int id : seen) out.add(states.get(id).snapshot());
        return out;
    }

    /** How many entities there are. */
    public int size() {
        int n = 0;
        for (EntityState s : states) if (s.mergedInto < 0) n++;
        return n;
    }

    /** The entity an id stands for now: itself, or the entity it was merged into. Null for an unknown id. */
    public Entity entity(String id) {
        int i = index(id);
        return i < 0 ? null : states.get(find(i)).snapshot();
    }

    /**
     * A user's correction: {@code a} and {@code b} are one entity. The older id stays; both must be of one
     * type. Returns the id that stays.
     */
    public String merge(String a, String b) {
        EntityState x = states.get(find(require(a)));
        EntityState y = states.get(find(require(b)));
        if (x.type != y.type) throw new IllegalArgumentException("one is of type " + x.type + ", the other " + y.type);
        merge(x, y);
        return "E" + find(x.id);
    }

    /**
     * A new entity that no rule will ever match (it is filed under no block key): the target of a user's
     * split, named by the form split off.
     */
    public String createApart(EntityType type, String name) {
        EntityState s = create(type);
        s.referents.put(name, 1);
        return "E" + s.id;
    }

    private int index(String id) {
        if (id == null || !id.matches("E\\d{1,9}")) return -1;
        int i = Integer.parseInt(id.substring(1));
        return i < states.size() ? i : -1;
    }

    private int require(String id) {
        int i = index(id);
        if (i < 0) throw new IllegalArgumentException("no entity " + id);
        return i;
    }

    // ---- persons

    private int resolvePerson(MentionGroup g, String articleId) {
        EntityState target = g.given() == null ? surnameTarget(g) : fullNameTarget(g);
        if (target == null) target = create(EntityType.PERSON);
        target.add(g, articleId);
        changed.add(target.id);
        fileUnder(target, PersonBlocks.keys(target));
        if (g.given() != null) {
            absorbMisspellings(target, g);
            absorbSurnameOnly(states.get(find(target.id)), g.surname());
        }
        return find(target.id);
    }

    /** Context keys two spellings one letter apart must share before they count as one person. */
    private static final int NEAR_CONTEXT = 2;

    private EntityState fullNameTarget(MentionGroup g) {
        List<EntityState> exact = new ArrayList<>();
        for (EntityState s : lookup(PersonBlocks.exactKey(g.given(), g.surname()))) {
            if (s.type != EntityType.PERSON) continue;
            int match = PersonBlocks.sameName(s, g.given(), g.surname());
            if (match == 2 || (match == 1 && s.namedOverlap(g.context()) >= 1)) exact.add(s);
        }
        if (!exact.isEmpty()) return bestByContext(exact, g.context(), false);
        List<EntityState> near = nearCandidates(g);
        return near.isEmpty() ? null : bestByContext(near, g.context(), false);
    }

    /** Persons whose name is this one with a letter off, seen with enough of this group's context. */
    private List<EntityState> nearCandidates(MentionGroup g) {
        List<EntityState> near = new ArrayList<>();
        for (String key : PersonBlocks.nearKeys(g.given(), g.surname())) {
            for (EntityState s : lookup(key)) {
                // context first: a few map lookups, where the name test allocates
                if (s.type == EntityType.PERSON && !s.isPartial() && s.namedOverlap(g.context()) >= NEAR_CONTEXT
                        && !near.contains(s) && PersonBlocks.nearName(s, g.given(), g.surname())) {
                    near.add(s);
                }
            }
        }
        return near;
    }

    /**
     * Misspelt entities made before the right spelling arrived join it now, so a typo that came first
     * ends where it would have ended had it come last.
     */
    private void absorbMisspellings(EntityState target, MentionGroup g) {
        for (EntityState s : nearCandidates(g)) {
            EntityState t = states.get(find(target.id));
            if (s != t && s.mergedInto < 0) merge(t, s);
        }
    }

    private EntityState surnameTarget(MentionGroup g) {
        List<EntityState> full = new ArrayList<>();
        List<EntityState> partial = new ArrayList<>();
        for (EntityState s : lookup(PersonBlocks.surnameKey(g.surname()))) {
            if (s.type != EntityType.PERSON || !PersonBlocks.sameSurname(s, g.surname())) continue;
            (s.isPartial() ? partial : full).add(s);
        }
        if (full.size() == 1) return full.get(0);
        EntityState byContext = full.isEmpty() ? null : bestByContext(full, g.context(), true);
        if (byContext != null) return byContext;
        return partial.isEmpty() ? null : partial.get(0);
    }

    /** A surname-only entity joins the full name that ends in its surname, when that full name is the only one. */
    private void absorbSurnameOnly(EntityState target, String surname) {
        // the surname-only block is small; the block of everyone with this surname may be large
        List<EntityState> partial = new ArrayList<>();
        for (EntityState s : lookup(PersonBlocks.surnameOnlyKey(surname))) {
            if (s.type == EntityType.PERSON && s.isPartial() && PersonBlocks.sameSurname(s, surname)) partial.add(s);
        }
        if (partial.isEmpty()) return;
        for (EntityState s : lookup(PersonBlocks.surnameKey(surname))) {
            if (s != target && s.type == EntityType.PERSON && !s.isPartial() && PersonBlocks.sameSurname(s, surname)) return;
        }
        for (EntityState p : partial) merge(states.get(find(target.id)), p);
    }

    // ---- organizations and places

    private int resolveNamed(MentionGroup g, String articleId) {
        EntityState target = g.strongKey() == null ? acronymTarget(g) : keyTarget(g);
        if (target == null) target = create(g.type());
        target.add(g, articleId);
        changed.add(target.id);
        fileUnder(target, NamedBlocks.keys(target));
        if (g.strongKey() != null) absorbShortForms(target, g);
        return find(target.id);
    }

    private EntityState keyTarget(MentionGroup g) {
        List<EntityState> same = typed(lookup(NamedBlocks.strongKey(g.type(), g.strongKey())), g.type());
        if (!same.isEmpty()) {
            EntityState first = same.get(0);
            for (int i = 1; i < same.size(); i++) merge(first, same.get(i));
            return states.get(find(first.id));
        }
        List<EntityState> usedAsShort = typed(lookup(NamedBlocks.weakKey(g.type(), g.strongKey())), g.type());
        if (usedAsShort.size() == 1) return usedAsShort.get(0);
        return usedAsShort.isEmpty() ? null : bestByContext(usedAsShort, g.context(), true);
    }

    private EntityState acronymTarget(MentionGroup g) {
        String acr = g.acronyms().iterator().next();
        List<EntityState> full = new ArrayList<>();
        List<EntityState> partial = new ArrayList<>();
        for (EntityState s : typed(lookup(NamedBlocks.acronymKey(g.type(), acr)), g.type())) {
            (s.isPartial() ? partial : full).add(s);
        }
        if (full.size() == 1) return full.get(0);
        EntityState byContext = full.isEmpty() ? null : bestByContext(full, g.context(), true);
        if (byContext != null) return byContext;
        return partial.isEmpty() ? null : partial.get(0);
    }

    /**
     * Entities known so far only by a shorter form of this group ("Islamic Jihad") or by its acronym join
     * it, when nothing else claims that form: the order articles arrive in then does not matter.
     */
    private void absorbShortForms(EntityState target, MentionGroup g) {
        Set<String> keys = new LinkedHashSet<>(g.weakKeys());
        keys.add(g.strongKey());
        for (String w : g.weakKeys()) {
            for (EntityState s : typed(lookup(NamedBlocks.strongKey(g.type(), w)), g.type())) {
                if (s != target && keys.containsAll(s.strongKeys)
                        && typed(lookup(NamedBlocks.weakKey(g.type(), w)), g.type()).size() <= 1) merge(target, s);
            }
        }
        for (String acr : g.acronyms()) {
            // the acronym-only block is small; the block of all entities with these initials may be large
            List<EntityState> partial = new ArrayList<>();
            for (EntityState s : typed(lookup(NamedBlocks.acronymOnlyKey(g.type(), acr)), g.type())) {
                if (s.isPartial()) partial.add(s);
            }
            if (partial.isEmpty() || !onlyClaimant(NamedBlocks.acronymKey(g.type(), acr), target)) continue;
            for (EntityState p : partial) merge(states.get(find(target.id)), p);
        }
    }

    /** Whether {@code target} is the only full (not acronym-only) entity filed under {@code key}; stops at the second. */
    private boolean onlyClaimant(String key, EntityState target) {
        EntityState t = states.get(find(target.id));
        for (int id : postings.get(key)) {
            EntityState s = states.get(find(id));
            if (s != t && s.type == t.type && !s.isPartial()) return false;
        }
        return true;
    }

    // ---- shared

    /** The candidate with most context in common; ties go to the oldest. With {@code needContext}, none unless it shares some and is alone at the top. */
    private static EntityState bestByContext(List<EntityState> candidates, Set<String> context, boolean needContext) {
        EntityState best = null;
        int bestN = -1;
        boolean tie = false;
        for (EntityState s : candidates) {
            int n = s.overlap(context);
            if (n > bestN) {
                best = s;
                bestN = n;
                tie = false;
            } else if (n == bestN) {
                tie = true;
                if (s.id < best.id) best = s;
            }
        }
        if (needContext && (bestN <= 0 || tie)) return null;
        return best;
    }

    private List<EntityState> typed(List<EntityState> in, EntityType type) {
        List<EntityState> out = new ArrayList<>();
        for (EntityState s : in) if (s.type == type) out.add(s);
        return out;
    }

    private List<EntityState> lookup(String key) {
        Set<EntityState> out = new LinkedHashSet<>();
        for (int id : postings.get(key)) out.add(states.get(find(id)));
        return new ArrayList<>(out);
    }

    private EntityState create(EntityType type) {
        EntityState s = new EntityState(states.size(), type);
        states.add(s);
        changed.add(s.id);
        return s;
    }

    private void fileUnder(EntityState s, Set<String> keys) {
        for (String k : keys) if (s.blockKeys.add(k)) postings.add(k, s.id);
    }

    /** Merges the younger of two entities into the older, moving its block keys. */
    private void merge(EntityState a, EntityState b) {
        EntityState x = states.get(find(a.id));
        EntityState y = states.get(find(b.id));
        if (x == y) return;
        EntityState keep = x.id < y.id ? x : y;
        EntityState gone = keep == x ? y : x;
        keep.absorb(gone);
        for (String k : gone.blockKeys) {
            postings.remove(k, gone.id);
            if (keep.blockKeys.add(k)) postings.add(k, keep.id);
        }
        gone.blockKeys.clear();
        changed.add(keep.id);
        changed.add(gone.id);
    }

    private int find(int id) {
        int root = id;
        while (states.get(root).mergedInto >= 0) root = states.get(root).mergedInto;
        while (states.get(id).mergedInto >= 0 && states.get(id).mergedInto != root) {
            int next = states.get(id).mergedInto;
            states.get(id).mergedInto = root;
            id = next;
        }
        return root;
    }
}
