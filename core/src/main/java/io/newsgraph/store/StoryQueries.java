package io.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of stories: listing them, one story's articles and why each joined, and each article's
 * story. A story's public id is "S" and its first article's page id ("S12"), as an entity's is "E17".
 */
public final class StoryQueries {
    private final NewsStore store;

    public StoryQueries(NewsStore store) {
        this.store = store;
    }

    /**
     * One story: how many articles and outlets, its first and last publication, its first article's title.
     */
    public record Summary(String id, int articles, int outlets, String first, String last, String title) {}

    /**
     * One article of a story and why it joined: the article it was linked to (page id, null for the
     * story's first article), the one it nearly copies, and the evidence figures of that link.
     */
    public record Member(long pageId, Long linkedTo, Long nearDuplicateOf, double jaccard, double wordJaccard,
                         int sharedStatements, int sharedEntities) {}

    /** Stories of at least {@code minArticles} articles, latest publication first. */
    public List<Summary> list(int minArticles, int limit) throws StoreException {
        String sql = "SELECT m.story_id, count(*) AS n, count(DISTINCT coalesce(nullif(a.outlet, ''), 'article ' || a.page_id)),"
                + " min(a.published), max(a.published), (SELECT title FROM articles WHERE page_id = m.story_id)"
                + " FROM story_members m JOIN articles a ON a.page_id = m.page_id"
                + " GROUP BY m.story_id HAVING n >= ? ORDER BY max(a.published) DESC, m.story_id LIMIT ?";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setInt(1, minArticles);
            ps.setInt(2, limit);
            List<Summary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Summary(id(rs.getLong(1)), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list stories: " + e.getMessage(), e);
        }
    }

    /** How many stories have at least {@code minArticles} articles. */
    public long count(int minArticles) throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT count(*) FROM (SELECT story_id FROM story_members GROUP BY story_id HAVING count(*) >= ?)")) {
            ps.setInt(1, minArticles);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count stories: " + e.getMessage(), e);
        }
    }

    /** The articles of a story in the order they were placed; empty for an unknown id. */
    public List<Member> members(String storyId) throws StoreException {
        Long number = number(storyId);
        if (number == null) return List.of();
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT page_id, linked_to, near_duplicate_of,"
                + " jaccard, word_jaccard, shared_statements, shared_entities FROM story_members WHERE story_id = ? ORDER BY position")) {
            ps.setLong(1, number);
            List<Member> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getLong(1), (Long) nullable(rs, 2), (Long) nullable(rs, 3), rs.getDouble(4),
                            rs.getDouble(5), rs.getInt(6), rs.getInt(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read story " + storyId + ": " + e.getMessage(), e);
        }
    }

    /** The story of every placed article, by page id (export). */
    public Map<Long, String> storiesByArticle() throws StoreException {
        Map<Long, String> out = new HashMap<>();
        try (var s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT page_id, story_id FROM story_members")) {
            while (rs.next()) out.put(rs.getLong(1), id(rs.getLong(2)));
        } catch (SQLException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
        return out;
    }

    /** The story of one article ("S12"), or null when it is in none. */
    public String storyOf(long pageId) throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT story_id FROM story_members WHERE page_id = ?")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? id(rs.getLong(1)) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the story of article " + pageId + ": " + e.getMessage(), e);
        }
    }

    /** The story id of a first article's page id. */
    public static String id(long pageId) {
        return "S" + pageId;
    }

    /** The page id a story id names ("S12" or "12"), or null when it names none. */
    static Long number(String storyId) {
        String digits = storyId.startsWith("S") || storyId.startsWith("s") ? storyId.substring(1) : storyId;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) return null;
        return Long.parseLong(digits);
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
