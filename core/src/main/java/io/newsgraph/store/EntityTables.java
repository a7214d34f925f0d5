package io.newsgraph.store;

import io.newsgraph.entities.CanonicalName;
import io.newsgraph.entities.EntityType;
import io.newsgraph.entities.Mention;
import io.newsgraph.entities.SavedEntity;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity tables: mentions, the resolver's saved entities with their summaries, statements' speaker
 * entities, and users' corrections. Writes what {@code pipeline.EntityStage} decides, one transaction per
 * call, so a crash leaves every article either resolved or pending. Entity ids are the resolver's
 * numbers ("E17" is row 17).
 */
public final class EntityTables {
    static final String INSERT_MENTION = "INSERT INTO mentions (page_id, ordinal, text, referent, type, embed,"
            + " start_offset, end_offset, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;

    public EntityTables(NewsStore store) {
        this.connection = store.connection();
    }

    /** An article whose mentions are not resolved yet; {@code mentions} is null when they were never looked for. */
    public record Pending(long pageId, String published, List<Mention> mentions, List<Speaker> speakers) {}

    /** A statement's speaker as the statement finder wrote it. */
    public record Speaker(int ordinal, String name) {}

    /** One article resolved: its mentions (inserted when {@code insert}), each one's entity, each statement's. */
    public record Resolved(long pageId, String published, List<Mention> mentions, boolean insert,
                           List<String> mentionEntities, Map<Integer, String> statementEntities) {}

    /** A split to keep applying: mentions written {@code form} in entity {@code from} belong to {@code to}. */
    public record Split(long seq, String name, String form, String from, String to) {}

    /** A user's correction, as recorded. */
    public record Correction(long seq, String action, String name, String other) {}

    // ---- reading

    public List<SavedEntity> savedEntities() throws StoreException {
        List<SavedEntity> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT state FROM entities ORDER BY id")) {
            while (rs.next()) out.add(SavedEntityCodec.decode(rs.getBytes(1)));
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read entities: " + e.getMessage(), e);
        }
        return out;
    }

    /** Up to {@code limit} articles not yet resolved, oldest page first. */
    public List<Pending> pending(int limit) throws StoreException {
        List<Pending> out = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT page_id, entity_stage, published FROM articles"
                + " WHERE entity_stage <> 'resolved' ORDER BY page_id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new Pending(id, rs.getString(3), rs.getString(2).equals("found") ? mentions(id) : null, speakers(id)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read pending articles: " + e.getMessage(), e);
        }
        return out;
    }

    /** How many articles wait for resolution. */
    public long pendingCount() throws StoreException {
        return single("SELECT count(*) FROM articles WHERE entity_stage <> 'resolved'");
    }

    /** An article's mentions in reading order, and the entity id ("E17") of each, null where unresolved. */
    public record ResolvedMentions(List<Mention> mentions, List<String> entityIds) {}

    /** An article's mentions in reading order. */
    public List<Mention> mentions(long pageId) throws SQLException {
        return resolvedMentions(pageId).mentions();
    }

    public ResolvedMentions resolvedMentions(long pageId) throws SQLException {
        List<Mention> mentions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT text, type, embed, start_offset, end_offset, referent, entity_id"
                + " FROM mentions WHERE page_id = ? ORDER BY ordinal")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.add(new Mention(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6)));
                    ids.add(id(rs.getObject(7)));
                }
            }
        }
        return new ResolvedMentions(mentions, ids);
    }

    private List<Speaker> speakers(long pageId) throws SQLException {
        List<Speaker> out = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT ordinal, speaker FROM statements WHERE page_id = ? AND speaker IS NOT NULL")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Speaker(rs.getInt(1), rs.getString(2)));
            }
        }
        return out;
    }

    public List<Correction> corrections() throws StoreException {
        List<Correction> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, action, name, other FROM entity_corrections ORDER BY seq")) {
            while (rs.next()) out.add(new Correction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        } catch (SQLException e) {
            throw new StoreException("cannot read corrections: " + e.getMessage(), e);
        }
        return out;
    }

    /** The splits that have been applied, with the entities they apply to. */
    public List<Split> splits() throws StoreException {
        List<Split> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, name, other, from_id, to_id FROM entity_corrections"
                     + " WHERE action = 'split' AND to_id IS NOT NULL ORDER BY seq")) {
            while (rs.next()) out.add(new Split(rs.getLong(1), rs.getString(2), rs.getString(3), id(rs.getObject(4)), id(rs.getObject(5))));
        } catch (SQLException e) {
            throw new StoreException("cannot read corrections: " + e.getMessage(), e);
        }
        return out;
    }

    // ---- writing

    /**
     * One transaction: the resolved articles, the resolver's changed entities, mentions and statements
     * moved from merged-away entities to where they went ({@code redirects}: old id → current id), the
     * splits re-applied. Mention and article counts and first and last seen grow with each article; the
     * entities merges and splits change are marked stale for {@link #summariseStale} instead.
     */
    public void write(List<Resolved> articles, List<SavedEntity> changed, Map<String, String> redirects,
                      List<Split> splits) throws StoreException {
        Transaction.run(connection, "entities", () -> {
            java.util.Set<String> touched = new java.util.TreeSet<>();
            try (var insert = connection.prepareStatement(INSERT_MENTION);
                 var setMention = connection.prepareStatement("UPDATE mentions SET entity_id = ? WHERE page_id = ? AND ordinal = ?");
                 var setStatement = connection.prepareStatement("UPDATE statements SET entity_id = ? WHERE page_id = ? AND ordinal = ?");
                 var done = connection.prepareStatement("UPDATE articles SET entity_stage = 'resolved' WHERE page_id = ?")) {
                for (Resolved r : articles) {
                    if (r.insert()) {
                        insertMentions(insert, r.pageId(), r.mentions(), r.mentionEntities());
                    } else {
                        for (int i = 0; i < r.mentions().size(); i++) {
                            setLong(setMention, 1, r.mentionEntities().get(i));
                            setMention.setLong(2, r.pageId());
                            setMention.setInt(3, i);
                            setMention.addBatch();
                        }
                        setMention.executeBatch();
                    }
                    for (var e : r.statementEntities().entrySet()) {
                        setLong(setStatement, 1, e.getValue());
                        setStatement.setLong(2, r.pageId());
                        setStatement.setInt(3, e.getKey());
                        setStatement.addBatch();
                    }
                    setStatement.executeBatch();
                    done.setLong(1, r.pageId());
                    done.executeUpdate();
                }
            }
            saveEntities(changed);
            count(articles);
            for (var e : redirects.entrySet()) {
                move("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", e.getValue(), e.getKey());
                move("UPDATE statements SET entity_id = ? WHERE entity_id = ?", e.getValue(), e.getKey());
                touched.add(e.getValue());
            }
            for (Split s : splits) {
                applySplit(s);
                touched.add(s.from());
                touched.add(s.to());
            }
            // counts of merged and split entities are recomputed from their mentions, once per run
            try (var stale = connection.prepareStatement("UPDATE entities SET stale = 1 WHERE id = ?")) {
                for (String id : touched) {
                    stale.setLong(1, number(id));
                    stale.addBatch();
                }
                stale.executeBatch();
            }
        });
    }

    /** Records a correction; for a split, also the entities it applies to. */
    public long recordCorrection(String action, String name, String other, String from, String to) throws StoreException {
        try (var ps = connection.prepareStatement("INSERT INTO entity_corrections (action, name, other, from_id, to_id, made_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, action);
            ps.setString(2, name);
            ps.setString(3, other);
            setLong(ps, 4, from);
            setLong(ps, 5, to);
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record correction: " + e.getMessage(), e);
        }
    }

    /** After a rebuild a split applies to new entity ids. */
    public void updateSplit(long seq, String from, String to) throws StoreException {
        try (var ps = connection.prepareStatement("UPDATE entity_corrections SET from_id = ?, to_id = ? WHERE seq = ?")) {
            setLong(ps, 1, from);
            setLong(ps, 2, to);
            ps.setLong(3, seq);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update correction: " + e.getMessage(), e);
        }
    }

    /** Forgets every entity and mention, keeping corrections, so that all articles are resolved again. */
    public void clear() throws StoreException {
        Transaction.run(connection, "entities", () -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM mentions");
                s.executeUpdate("DELETE FROM entities");
                s.executeUpdate("UPDATE statements SET entity_id = NULL WHERE entity_id IS NOT NULL");
                s.executeUpdate("UPDATE articles SET entity_stage = 'unfound'");
                s.executeUpdate("UPDATE entity_corrections SET from_id = NULL, to_id = NULL");
            }
        });
    }

    static void insertMentions(PreparedStatement ps, long pageId, List<Mention> mentions, List<String> entities) throws SQLException {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            ps.setLong(1, pageId);
            ps.setInt(2, i);
            ps.setString(3, m.text());
            ps.setString(4, m.referent());
            ps.setString(5, m.type().name());
            ps.setInt(6, m.embed());
            ps.setInt(7, m.start());
            ps.setInt(8, m.end());
            setLong(ps, 9, entities == null ? null : entities.get(i));
            ps.addBatch();
        }
        if (!mentions.isEmpty()) ps.executeBatch();
    }

    private void saveEntities(Collection<SavedEntity> changed) throws SQLException {
        try (var ps = connection.prepareStatement("INSERT INTO entities (id, type, merged_into, state, name, stale)"
                + " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET merged_into = excluded.merged_into,"
                + " state = excluded.state, name = excluded.name")) {
            for (SavedEntity e : changed) {
                ps.setLong(1, e.id());
                ps.setString(2, e.type().name());
                if (e.mergedInto() < 0) ps.setNull(3, java.sql.Types.INTEGER);
                else ps.setLong(3, e.mergedInto());
                ps.setBytes(4, SavedEntityCodec.encode(e));
                ps.setString(5, e.referents().isEmpty() ? null : CanonicalName.choose(e.type(), e.referents()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds each article's mentions to the counts of the entities they name. */
    private void count(List<Resolved> articles) throws SQLException {
        try (var ps = connection.prepareStatement("UPDATE entities SET mentions = mentions + ?1, articles = articles + 1,"
                + " first_seen = CASE WHEN ?2 IS NOT NULL AND (first_seen IS NULL OR ?2 < first_seen) THEN ?2 ELSE first_seen END,"
                + " last_seen = CASE WHEN ?2 IS NOT NULL AND (last_seen IS NULL OR ?2 > last_seen) THEN ?2 ELSE last_seen END"
                + " WHERE id = ?3")) {
            for (Resolved r : articles) {
                Map<String, Integer> perEntity = new HashMap<>();
                for (String id : r.mentionEntities()) if (id != null) perEntity.merge(id, 1, Integer::sum);
                for (var e : perEntity.entrySet()) {
                    ps.setInt(1, e.getValue());
                    ps.setString(2, r.published());
                    ps.setLong(3, number(e.getKey()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void applySplit(Split s) throws SQLException {
        // the moved mentions were bound to the wrong full name too: each becomes its own referent
        try (var ps = connection.prepareStatement("UPDATE mentions SET entity_id = ?, referent = text WHERE entity_id = ?"
                + " AND (text = ? COLLATE NOCASE OR referent = ? COLLATE NOCASE)");
             var st = connection.prepareStatement("UPDATE statements SET entity_id = ? WHERE entity_id = ? AND speaker = ? COLLATE NOCASE")) {
            setLong(ps, 1, s.to());
            setLong(ps, 2, s.from());
            ps.setString(3, s.form());
            ps.setString(4, s.form());
            ps.executeUpdate();
            setLong(st, 1, s.to());
            setLong(st, 2, s.from());
            st.setString(3, s.form());
            st.executeUpdate();
        }
    }

    /** Recomputes the counts and first and last seen of every entity marked stale, from its mentions. */
    public void summariseStale() throws StoreException {
        Transaction.run(connection, "entities", () -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("UPDATE entities SET (mentions, articles, first_seen, last_seen) = (SELECT count(*),"
                        + " count(DISTINCT m.page_id), min(a.published), max(a.published) FROM mentions m"
                        + " JOIN articles a ON a.page_id = m.page_id WHERE m.entity_id = entities.id), stale = 0 WHERE stale = 1");
            }
        });
    }

    private void move(String sql, String to, String from) throws SQLException {
        try (var ps = connection.prepareStatement(sql)) {
            setLong(ps, 1, to);
            setLong(ps, 2, from);
            ps.executeUpdate();
        }
    }

    private long single(String sql) throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot query entities: " + e.getMessage(), e);
        }
    }

    static long number(String id) {
        return Long.parseLong(id.substring(1));
    }

    static String id(Object number) {
        return number == null ? null : "E" + ((Number) number).longValue();
    }

    private static void setLong(PreparedStatement ps, int i, String id) throws SQLException {
        if (id == null) ps.setNull(i, java.sql.Types.INTEGER);
        else ps.setLong(i, number(id));
    }
}
