package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and migrates the tables. Each migration is a list of statements applied in one
 * transaction and recorded in schema_version, so a store is always at a version the code knows.
 */
final class Schema {

    /** Migration n (1-based) brings a store from version n-1 to n. Append; never edit a released one. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE articles (
              id TEXT PRIMARY KEY,
              url TEXT,
              input TEXT NOT NULL,
              publisher TEXT,
              title TEXT,
              published DATE,
              text TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              ingested_at TIMESTAMP NOT NULL,
              events INTEGER NOT NULL
            )""",
            """
            CREATE TABLE events (
              event_id TEXT PRIMARY KEY,
              article_id TEXT NOT NULL,
              url TEXT,
              input TEXT,
              sentence INTEGER NOT NULL,
              event_date TEXT,
              date_source TEXT,
              day DATE,
              source_code TEXT NOT NULL,
              source_country TEXT,
              source_role TEXT,
              source_name TEXT,
              source_text TEXT,
              target_code TEXT NOT NULL,
              target_country TEXT,
              target_role TEXT,
              target_name TEXT,
              target_text TEXT,
              cameo TEXT NOT NULL,
              cameo_root TEXT NOT NULL,
              quad_class INTEGER NOT NULL,
              goldstein DOUBLE PRECISION NOT NULL,
              plover TEXT,
              mode TEXT NOT NULL,
              location_name TEXT,
              location_country TEXT,
              location_lat DOUBLE PRECISION,
              location_lon DOUBLE PRECISION,
              evidence TEXT,
              confidence DOUBLE PRECISION NOT NULL,
              trigger_word TEXT,
              coding_rule TEXT,
              explanation TEXT
            )""",
            """
            CREATE TABLE attributions (
              event_id TEXT NOT NULL,
              position INTEGER NOT NULL,
              name TEXT NOT NULL,
              kind TEXT,
              anonymous BOOLEAN NOT NULL,
              inferred BOOLEAN NOT NULL,
              PRIMARY KEY (event_id, position)
            )""",
            """
            CREATE TABLE actors (
              code TEXT PRIMARY KEY,
              country TEXT,
              role TEXT,
              name TEXT,
              first_seen DATE,
              last_seen DATE,
              events BIGINT NOT NULL
            )"""));

    private Schema() {
    }

    static int latest() {
        return MIGRATIONS.size();
    }

    /** Brings the store to the latest version; refuses a store written by a newer Dyad. */
    static void migrate(Connection c, Dialect dialect, String spec) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = version(c);
        if (current > latest()) {
            throw new StoreException(spec + ": the store is at schema version " + current + " but this Dyad knows only up to "
                    + latest() + ": use a newer Dyad");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latest(); v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : MIGRATIONS.get(v - 1)) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + v + ", CURRENT_TIMESTAMP)");
                }
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                for (String sql : dialect.indexes()) {
                    s.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }
}
