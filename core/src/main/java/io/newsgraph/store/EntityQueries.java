package io.newsgraph.store;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.entities.EntityType;
import io.newsgraph.entities.NameMatch;
import io.newsgraph.entities.RoleTitles;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The read side of entities: listing, finding one by any name, and a person's or organization's profile. */
public final class EntityQueries {
    private final NewsStore store;

    public EntityQueries(NewsStore store) {
        this.store = store;
    }

    /** One entity with the summary of its mentions; {@code variants} are the forms written, with their counts, most used first. */
    public record Summary(String id, String name, EntityType type, long mentions, long articles, String firstSeen,
                          String lastSeen, Map<String, Integer> variants) {}

    /** One statement on a profile's timeline; {@code articleId} is the id of the article that holds it. */
    public record Said(String published, String outlet, String source, String kind, String text, long articleId) {}

    /**
     * What is known of one entity: its summary, the role titles written before its name or used for it as
     * a speaker, the organizations named in the same articles (by articles shared), its statements by
     * outlet, and its statements in date order.
     */
    public record Profile(Summary summary, Map<String, Integer> roles, Map<String, Integer> organizations,
                          Map<String, Integer> statementsByOutlet, List<Said> timeline) {}

    /** Entities with at least one mention, most mentioned first; {@code type} null for all types. */
    public List<Summary> list(EntityType type, int limit) throws StoreException {
        String sql = "SELECT id, name, type, mentions, articles, first_seen, last_seen FROM entities"
                + " WHERE merged_into IS NULL AND mentions > 0" + (type == null ? "" : " AND type = ?")
                + " ORDER BY mentions DESC, id LIMIT ?";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int i = 1;
            if (type != null) ps.setString(i++, type.name());
            ps.setInt(i, limit);
            List<Summary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(summary(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list entities: " + e.getMessage(), e);
        }
    }

    /** Name and type of every entity, by id, for joining to articles (export). */
    public Map<String, ArticleEntity> names() throws StoreException {
        Map<String, ArticleEntity> out = new HashMap<>();
        try (var s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, type FROM entities WHERE merged_into IS NULL")) {
            putNames(rs, out);
        } catch (SQLException e) {
            throw new StoreException("cannot read entity names: " + e.getMessage(), e);
        }
        return out;
    }

    /** Reads rows of (id, name, type) into {@code out}, keyed by entity id ("E17"). */
    private static void putNames(ResultSet rs, Map<String, ArticleEntity> out) throws SQLException {
        while (rs.next()) {
            String id = "E" + rs.getLong(1);
            out.put(id, new ArticleEntity(id, rs.getString(2), EntityType.valueOf(rs.getString(3)), List.of()));
        }
    }

    /** Name and type of the given entities (ids such as "E17"), by id; unknown and merged ones are left out. */
    public Map<String, ArticleEntity> names(java.util.Collection<String> ids) throws StoreException {
        Map<String, ArticleEntity> out = new HashMap<>();
        List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        // in slices, to stay under SQLite's limit on parameters
        for (int from = 0; from < wanted.size(); from += 500) {
            List<String> slice = wanted.subList(from, Math.min(wanted.size(), from + 500));
            String sql = "SELECT id, name, type FROM entities WHERE merged_into IS NULL AND id IN ("
                    + String.join(", ", java.util.Collections.nCopies(slice.size(), "?")) + ")";
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < slice.size(); i++) ps.setLong(i + 1, EntityTables.number(slice.get(i)));
                try (ResultSet rs = ps.executeQuery()) {
                    putNames(rs, out);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read entity names: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The id of the entity a user means: an id ("E17"), a canonical name, a form its mentions are written
     * in (the most mentioned such entity), or else any spelling {@link NameMatch} equates with its name.
     * Null when none.
     */
    public String find(String nameOrId) throws StoreException {
        String q = nameOrId.strip();
        try {
            if (q.matches("E\\d{1,18}")) return current(Long.parseLong(q.substring(1)));
            String id = first("SELECT id FROM entities WHERE merged_into IS NULL AND name = ? COLLATE NOCASE"
                    + " ORDER BY mentions DESC, id LIMIT 1", q);
            if (id == null) id = first("SELECT entity_id FROM mentions WHERE entity_id IS NOT NULL"
                    + " AND (text = ?1 COLLATE NOCASE OR referent = ?1 COLLATE NOCASE)"
                    + " GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1", q);
            return id != null ? id : bySpelling(q);
        } catch (SQLException e) {
            throw new StoreException("cannot find entity " + q + ": " + e.getMessage(), e);
        }
    }

    private String bySpelling(String q) throws SQLException {
        try (var s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, type FROM entities WHERE merged_into IS NULL AND mentions > 0"
                     + " ORDER BY mentions DESC, id")) {
            while (rs.next()) {
                if (NameMatch.matches(q, EntityType.valueOf(rs.getString(3)), rs.getString(2))) return "E" + rs.getLong(1);
            }
        }
        return null;
    }

    private String current(long id) throws SQLException {
        for (int hops = 0; hops < 1000; hops++) {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT merged_into FROM entities WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    long next = rs.getLong(1);
                    if (rs.wasNull()) return "E" + id;
                    id = next;
                }
            }
        }
        return null;
    }

    /** The forms an entity is written in, with their counts, most used first. */
    public Map<String, Integer> variants(String id) throws StoreException {
        try {
            return variantCounts(id);
        } catch (SQLException e) {
            throw new StoreException("cannot read variants of " + id + ": " + e.getMessage(), e);
        }
    }

    public Summary summary(String id) throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT id, name, type, mentions, articles, first_seen, last_seen FROM entities WHERE id = ?")) {
            ps.setLong(1, EntityTables.number(id));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? summary(rs) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entity " + id + ": " + e.getMessage(), e);
        }
    }

    public Profile profile(String id) throws StoreException {
        Summary summary = summary(id);
        if (summary == null) return null;
        try {
            Map<String, Integer> roles = new TreeMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT a.body, m.start_offset FROM mentions m"
                    + " JOIN articles a ON a.page_id = m.page_id WHERE m.entity_id = ? AND m.embed = -1 LIMIT 2000")) {
                ps.setLong(1, EntityTables.number(id));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String role = RoleTitles.before(rs.getString(1), rs.getInt(2));
                        if (role != null) roles.merge(role, 1, Integer::sum);
                    }
                }
            }
            counts("SELECT speaker_mention, count(*) FROM statements WHERE entity_id = ? AND speaker_mention IS NOT NULL"
                    + " GROUP BY speaker_mention", id).forEach((mention, n) -> {
                        String role = RoleTitles.roleIn(mention, summary.variants().keySet());
                        if (role != null) roles.merge(role, n, Integer::sum);
                    });
            Map<String, Integer> orgs = counts("SELECT e.name, count(DISTINCT o.page_id) FROM mentions m"
                    + " JOIN mentions o ON o.page_id = m.page_id JOIN entities e ON e.id = o.entity_id"
                    + " WHERE m.entity_id = ?1 AND e.type = 'ORG' AND o.entity_id <> ?1"
                    + " GROUP BY e.id ORDER BY 2 DESC, 1 LIMIT 20", id);
            Map<String, Integer> byOutlet = counts("SELECT coalesce(a.outlet, '-'), count(*) FROM statements s"
                    + " JOIN articles a ON a.page_id = s.page_id WHERE s.entity_id = ? GROUP BY 1 ORDER BY 2 DESC, 1", id);
            List<Said> timeline = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT a.published, a.outlet, p.source, s.kind, s.text, s.page_id"
                    + " FROM statements s JOIN articles a ON a.page_id = s.page_id JOIN pages p ON p.id = s.page_id"
                    + " WHERE s.entity_id = ? ORDER BY a.published IS NULL, a.published, p.source, s.ordinal")) {
                ps.setLong(1, EntityTables.number(id));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        timeline.add(new Said(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getLong(6)));
                    }
                }
            }
            return new Profile(summary, sortedByCount(roles), orgs, byOutlet, timeline);
        } catch (SQLException e) {
            throw new StoreException("cannot read profile of " + id + ": " + e.getMessage(), e);
        }
    }

    private Summary summary(ResultSet rs) throws SQLException {
        String id = "E" + rs.getLong(1);
        return new Summary(id, rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), variantCounts(id));
    }

    private Map<String, Integer> variantCounts(String id) throws SQLException {
        return counts("SELECT text, count(*) FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY 2 DESC, 1", id);
    }

    private Map<String, Integer> counts(String sql, String id) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setLong(1, EntityTables.number(id));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private String first(String sql, String value) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? "E" + rs.getLong(1) : null;
            }
        }
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> in) {
        Map<String, Integer> out = new LinkedHashMap<>();
        in.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
