package io.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations. The database's {@code PRAGMA user_version} is the number of scripts
 * applied; each script runs in its own transaction together with the version bump, so a crash leaves
 * the schema at a whole version.
 */
final class Migrations {
    /** In order; append only — never edit a script that has shipped. */
    private static final List<String> SCRIPTS = List.of("V001__pages_articles.sql", "V002__statements.sql", "V003__entities.sql", "V004__stories.sql",
            "V005__feeds.sql");

    private Migrations() {}

    static int latest() {
        return SCRIPTS.size();
    }

    static void apply(Connection c) throws SQLException {
        int current;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            current = rs.next() ? rs.getInt(1) : 0;
        }
        if (current > SCRIPTS.size()) {
            throw new SQLException("database schema version " + current + " is newer than this newsgraph ("
                    + SCRIPTS.size() + "); upgrade newsgraph");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current; v < SCRIPTS.size(); v++) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(script(SCRIPTS.get(v)));
                    s.executeUpdate("PRAGMA user_version = " + (v + 1));
                }
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
