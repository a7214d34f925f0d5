package io.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.extract.Article;
import io.newsgraph.nlp.NameKey;
import io.newsgraph.pipeline.ProcessedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded store: one SQLite database in WAL mode, the single source of truth. One writer; each
 * {@link #write} is one transaction, so a crash loses at most the batch being written, and writing the
 * same pages again converges to the same rows (pages are keyed by content hash).
 */
public final class NewsStore implements AutoCloseable {
    public static final String FILE_NAME = "newsgraph.db";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What happened to one page in a write. */
    public enum Outcome { NEW, UNCHANGED }

    /** An input that could not be read as a page. */
    public record ReadFailure(String source, String reason) {}

    private final Connection connection;
    private final Path file;

    private NewsStore(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating and migrating when needed) the store in folder {@code dir}. */
    public static NewsStore open(Path dir) throws StoreException {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a process crash loses nothing committed; only power loss may lose the last commits.
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 10000");
                // 64 MB of page cache instead of 2: the full-text and mention indexes outgrow the default early in an ingest
                s.execute("PRAGMA cache_size = -65536");
            }
            Migrations.apply(c);
            return new NewsStore(c, file);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** Hashes of pages already stored with a result; failed pages are left out so that they are retried. */
    public Set<String> settledHashes() throws StoreException {
        Set<String> hashes = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT content_hash FROM pages WHERE status <> 'failed'")) {
            while (rs.next()) hashes.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read page hashes: " + e.getMessage(), e);
        }
        return hashes;
    }

    /** The id of the page stored with this content hash (SHA-256 of its bytes), or null when none is. */
    public Long pageId(String contentHash) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM pages WHERE content_hash = ?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up page " + contentHash + ": " + e.getMessage(), e);
        }
    }

    /** Writes one batch in one transaction; returns the outcome of each page, in order. */
    public List<Outcome> write(List<ProcessedPage> pages, List<ReadFailure> failures) throws StoreException {
        List<Outcome> outcomes = new ArrayList<>(pages.size());
        try {
            connection.setAutoCommit(false);
            try (var status = connection.prepareStatement("SELECT id, status FROM pages WHERE content_hash = ?");
                 var delete = connection.prepareStatement("DELETE FROM pages WHERE id = ?");
                 var insertPage = connection.prepareStatement(
                         "INSERT INTO pages (content_hash, source, url, page_type, status, stage, reason, ingested_at, fetched_at)"
                                 + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 var insertArticle = connection.prepareStatement(
                         "INSERT INTO articles (page_id, url, outlet, title, byline, authors_json, credited_source,"
                                 + " published, modified, dek, tags_json, body, footnotes_json, language, image, embeds_json,"
                                 + " entity_stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var insertMention = connection.prepareStatement(EntityTables.INSERT_MENTION);
                 var insertStatement = connection.prepareStatement(
                         "INSERT INTO statements (page_id, ordinal, kind, speaker, speaker_key, speaker_mention, speaker_type,"
                                 + " cue, text, start_offset, end_offset, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var clearFailure = connection.prepareStatement("DELETE FROM read_failures WHERE source = ?");
                 var upsertFailure = connection.prepareStatement(
                         "INSERT INTO read_failures (source, reason, failed_at) VALUES (?, ?, ?)"
                                 + " ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, failed_at = excluded.failed_at")) {
                String now = Instant.now().toString();
                for (ProcessedPage p : pages) {
                    status.setString(1, p.page().contentHash());
                    try (ResultSet rs = status.executeQuery()) {
                        if (rs.next()) {
                            if (!rs.getString(2).equals("failed") || p.article() == null) {
                                outcomes.add(Outcome.UNCHANGED);
                                continue;
                            }
                            delete.setLong(1, rs.getLong(1)); // a retried failure: replace it
                            delete.executeUpdate();
                        }
                    }
                    long id = insertPage(insertPage, p, now);
                    if (p.article() != null) insertArticle(insertArticle, id, p.article(), p.mentions() != null);
                    insertStatements(insertStatement, id, p.statements());
                    if (p.mentions() != null) EntityTables.insertMentions(insertMention, id, p.mentions(), null);
                    clearFailure.setString(1, p.page().source());
                    clearFailure.executeUpdate();
                    outcomes.add(Outcome.NEW);
                }
                for (ReadFailure f : failures) {
                    upsertFailure.setString(1, f.source());
                    upsertFailure.setString(2, f.reason());
                    upsertFailure.setString(3, now);
                    upsertFailure.executeUpdate();
                }
            }
            connection.commit();
            return outcomes;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot write batch: " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }

    private static long insertPage(PreparedStatement ps, ProcessedPage p, String now) throws SQLException {
        ps.setString(1, p.page().contentHash());
        ps.setString(2, p.page().source());
        ps.setString(3, p.page().url());
        ps.setString(4, p.page().type().name());
        ps.setString(5, p.status());
        ps.setString(6, p.failedStage());
        ps.setString(7, p.reason());
        ps.setString(8, now);
        ps.setString(9, p.page().fetchedAt() == null ? null : p.page().fetchedAt().toString());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void insertArticle(PreparedStatement ps, long pageId, Article a, boolean mentionsFound) throws SQLException {
        ps.setLong(1, pageId);
        ps.setString(2, a.url());
        ps.setString(3, a.outlet());
        ps.setString(4, a.title());
        ps.setString(5, a.byline());
        ps.setString(6, json(a.authors()));
        ps.setString(7, a.creditedSource());
        ps.setString(8, a.published());
        ps.setString(9, a.modified());
        ps.setString(10, a.dek());
        ps.setString(11, json(a.tags()));
        ps.setString(12, a.text());
        ps.setString(13, json(a.footnotes()));
        ps.setString(14, a.language());
        ps.setString(15, a.image());
        ps.setString(16, json(a.embeds()));
        ps.setString(17, mentionsFound ? "found" : "unfound");
        ps.executeUpdate();
    }

    private static void insertStatements(PreparedStatement ps, long pageId, List<io.newsgraph.quotes.Statement> statements)
            throws SQLException {
        int ordinal = 0;
        for (var st : statements) {
            ps.setLong(1, pageId);
            ps.setInt(2, ordinal++);
            ps.setString(3, st.kind());
            ps.setString(4, st.speaker());
            ps.setString(5, NameKey.of(st.speaker()));
            ps.setString(6, st.speakerMention());
            ps.setString(7, st.speakerType());
            ps.setString(8, st.cue());
            ps.setString(9, st.text());
            ps.setInt(10, st.start());
            ps.setInt(11, st.end());
            ps.setString(12, st.reportedBy());
            ps.addBatch();
        }
        if (ordinal > 0) ps.executeBatch();
    }

    static String json(Object values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    /** Counts of stored pages by status, plus unreadable inputs: for summaries and tests. */
    public StoreCounts counts() throws StoreException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT"
                     + " (SELECT count(*) FROM pages WHERE status = 'article'),"
                     + " (SELECT count(*) FROM pages WHERE status = 'no_article'),"
                     + " (SELECT count(*) FROM pages WHERE status = 'failed'),"
                     + " (SELECT count(*) FROM read_failures)")) {
            rs.next();
            return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        } catch (SQLException e) {
            throw new StoreException("cannot count pages: " + e.getMessage(), e);
        }
    }

    /** A page or input that did not give an article, with why; for {@code status --failures}. */
    public record Problem(String source, String status, String reason) {}

    /** Failed pages, pages without an article, and unreadable inputs, by source. */
    public List<Problem> problems() throws StoreException {
        List<Problem> problems = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT source, status, coalesce(stage || ': ', '') || coalesce(reason, '') FROM pages"
                     + " WHERE status <> 'article'"
                     + " UNION ALL SELECT source, 'unreadable', reason FROM read_failures ORDER BY 1")) {
            while (rs.next()) problems.add(new Problem(rs.getString(1), rs.getString(2), rs.getString(3)));
        } catch (SQLException e) {
            throw new StoreException("cannot list problems: " + e.getMessage(), e);
        }
        return problems;
    }

    /** SQLite's own consistency check: "ok" when the file is sound. */
    public String integrityCheck() throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException("integrity check failed: " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing more to undo
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store: " + e.getMessage(), e);
        }
    }
}
