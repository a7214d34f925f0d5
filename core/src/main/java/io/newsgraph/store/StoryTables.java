package io.newsgraph.store;

import io.newsgraph.stories.PlacedArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The stories tables: which articles wait to be placed, the placed articles of a span of days for a
 * clusterer to load, and what {@code pipeline.StoryStage} decides, one transaction per call, so a crash
 * leaves every article either placed or pending. A story's id is its first article's page id.
 */
public final class StoryTables {
    private final Connection connection;

    public StoryTables(NewsStore store) {
        this.connection = store.connection();
    }

    /**
     * One article placed.
     *
     * @param storyId       page id of its story's first article, after every merge the batch made
     * @param linkedTo      page id of the article it was linked to, or null when it started its story
     * @param nearDuplicateOf page id of the article it nearly copies, or null
     */
    public record Placement(long pageId, long position, long day, long storyId, long storyPosition, Long linkedTo,
                            Long nearDuplicateOf, double jaccard, double wordJaccard, int sharedStatements,
                            int sharedEntities, byte[] features) {}

    /** A story absorbed by an older one, in the order the merges happened. */
    public record Rename(long from, long to, long toPosition) {}

    /** Up to {@code limit} page ids whose entities are resolved and whose articles wait for a story, oldest first. */
    public List<Long> pending(int limit) throws StoreException {
        List<Long> out = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT page_id FROM articles WHERE story_stage = 'pending'"
                + " AND entity_stage = 'resolved' ORDER BY page_id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read articles waiting for a story: " + e.getMessage(), e);
        }
        return out;
    }

    public long pendingCount() throws StoreException {
        return count("SELECT count(*) FROM articles WHERE story_stage = 'pending' AND entity_stage = 'resolved'");
    }

    /** The position the next placed article takes. */
    public long nextPosition() throws StoreException {
        return count("SELECT coalesce(max(position) + 1, 0) FROM story_members");
    }

    /** The articles placed at a position below {@code beforePosition} on the days {@code from}..{@code to} (epoch days). */
    public List<PlacedArticle> placed(long from, long to, long beforePosition) throws StoreException {
        List<PlacedArticle> out = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT position, story_id, story_position, features FROM story_members"
                + " WHERE day BETWEEN ? AND ? AND position < ? ORDER BY position")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setLong(3, beforePosition);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new PlacedArticle(rs.getLong(1), Long.toString(rs.getLong(2)), rs.getLong(3), rs.getBytes(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read placed articles: " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes one batch: renames first (they may move stories the batch's rows already name), then the batch. */
    public void write(List<Rename> renames, List<Placement> placed, List<Long> unplaceable) throws StoreException {
        Transaction.run(connection, "stories", () -> {
            try (var rename = connection.prepareStatement("UPDATE story_members SET story_id = ?, story_position = ? WHERE story_id = ?");
                 var insert = connection.prepareStatement("INSERT INTO story_members (page_id, position, day, story_id,"
                         + " story_position, linked_to, near_duplicate_of, jaccard, word_jaccard, shared_statements,"
                         + " shared_entities, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var stage = connection.prepareStatement("UPDATE articles SET story_stage = ? WHERE page_id = ?")) {
                for (Rename r : renames) {
                    rename.setLong(1, r.to());
                    rename.setLong(2, r.toPosition());
                    rename.setLong(3, r.from());
                    rename.executeUpdate();
                }
                for (Placement p : placed) {
                    insert.setLong(1, p.pageId());
                    insert.setLong(2, p.position());
                    insert.setLong(3, p.day());
                    insert.setLong(4, p.storyId());
                    insert.setLong(5, p.storyPosition());
                    setNullable(insert, 6, p.linkedTo());
                    setNullable(insert, 7, p.nearDuplicateOf());
                    insert.setDouble(8, p.jaccard());
                    insert.setDouble(9, p.wordJaccard());
                    insert.setInt(10, p.sharedStatements());
                    insert.setInt(11, p.sharedEntities());
                    insert.setBytes(12, p.features());
                    insert.executeUpdate();
                    setStage(stage, "placed", p.pageId());
                }
                for (long id : unplaceable) setStage(stage, "unplaceable", id);
            }
        });
    }

    /** Forgets every story: all articles wait to be placed again. */
    public void clear() throws StoreException {
        Transaction.run(connection, "stories", () -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM story_members");
                s.executeUpdate("UPDATE articles SET story_stage = 'pending' WHERE story_stage <> 'pending'");
            }
        });
    }

    private static void setStage(PreparedStatement ps, String stage, long pageId) throws SQLException {
        ps.setString(1, stage);
        ps.setLong(2, pageId);
        ps.executeUpdate();
    }

    private static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) ps.setNull(index, Types.INTEGER); else ps.setLong(index, value);
    }

    private long count(String sql) throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
    }
}
