package org.dyad.store;

import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Connections to one database. DuckDB: one embedded instance, a cheap duplicate connection per
 * use. PostgreSQL: a small pool of idle connections reused.
 */
final class Database implements AutoCloseable {

    /** Work on a connection; SQL errors pass through. */
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private final String spec;
    private final String url;
    private final Dialect dialect;
    private final Path file;
    private final DuckDBConnection duck;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    private Database(String spec, String url, Dialect dialect, Path file, DuckDBConnection duck) {
        this.spec = spec;
        this.url = url;
        this.dialect = dialect;
        this.file = file;
        this.duck = duck;
    }

    static Database open(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new StoreException("no store given: give --store PATH (a DuckDB file) or a jdbc:postgresql:// URL");
        }
        String s = spec.strip();
        if (s.startsWith("jdbc:postgresql:")) {
            Database db = new Database(s, s, Dialect.POSTGRESQL, null, null);
            try {
                db.idle.add(db.connectPostgres());
            } catch (SQLException e) {
                throw new StoreException(postgresProblem(s, e), e);
            }
            return db;
        }
        if (s.startsWith("jdbc:") && !s.startsWith("jdbc:duckdb:")) {
            throw new StoreException(s + ": not a store Dyad knows: give a DuckDB file path, jdbc:duckdb:PATH or jdbc:postgresql://HOST/DB");
        }
        String path = s.startsWith("jdbc:duckdb:") ? s.substring("jdbc:duckdb:".length()) : s;
        Path file = null;
        String url = "jdbc:duckdb:";
        if (!path.isEmpty() && !path.equals(":memory:")) {
            file = Path.of(path).toAbsolutePath().normalize();
            if (Files.isDirectory(file)) {
                throw new StoreException(s + ": is a folder: give the path of a DuckDB file, e.g. " + file.resolve("dyad.duckdb"));
            }
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new StoreException(s + ": cannot create the folder " + file.getParent() + " (" + e.getMessage() + "): give a writable --store path");
            }
            url = "jdbc:duckdb:" + file;
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return new Database(s, url, Dialect.DUCKDB, file, (DuckDBConnection) DriverManager.getConnection(url));
        } catch (SQLException e) {
            throw new StoreException(duckProblem(s, e), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the DuckDB driver is missing from the class path", e);
        }
    }

    private Connection connectPostgres() throws SQLException {
        return DriverManager.getConnection(url);
    }

    Dialect dialect() {
        return dialect;
    }

    /** The DuckDB file, or null for PostgreSQL and in-memory DuckDB. */
    Path file() {
        return file;
    }

    String spec() {
        return spec;
    }

    <T> T read(Work<T> work) {
        Connection c = borrow();
        boolean ok = false;
        try {
            T result = work.apply(c);
            ok = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException(spec + ": " + firstLine(e), e);
        } finally {
            giveBack(c, ok);
        }
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    <T> T transaction(Work<T> work) {
        Connection c = borrow();
        boolean ok = false;
        try {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                ok = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(spec + ": " + firstLine(e), e);
        } finally {
            giveBack(c, ok);
        }
    }

    private Connection borrow() {
        try {
            if (duck != null) {
                return duck.duplicate();
            }
            Connection c = idle.poll();
            return c != null ? c : connectPostgres();
        } catch (SQLException e) {
            throw new StoreException(dialect == Dialect.POSTGRESQL ? postgresProblem(spec, e) : spec + ": " + firstLine(e), e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        try {
            if (duck == null && healthy && idle.size() < 8) {
                idle.add(c);
            } else {
                c.close();
            }
        } catch (SQLException e) {
            // closing a connection that failed: nothing more to do with it
        }
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already broken: it is going away anyway
            }
        }
        if (duck != null) {
            try {
                duck.close();
            } catch (SQLException e) {
                // the file is closed as far as we can tell
            }
        }
    }

    static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    }

    private static String duckProblem(String spec, SQLException e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("lock")) {
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
            return spec + ": the DuckDB file is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + "; DuckDB allows one process at a time: stop the other one (e.g. dyad serve or another dyad ingest),"
                    + " or share a PostgreSQL store (--store jdbc:postgresql://…)";
        }
        if (lower.contains("not a valid duckdb") || lower.contains("unable to open")) {
            return spec + ": not a DuckDB database (" + firstLine(e) + "): give a new path or an existing Dyad store";
        }
        return spec + ": cannot open the DuckDB store (" + firstLine(e) + ")";
    }

    private static String postgresProblem(String spec, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String where = spec.replaceAll("password=[^&]*", "password=…");
        if (state.startsWith("08")) {
            return where + ": cannot reach PostgreSQL (" + firstLine(e) + "): start the server or fix host and port in the URL";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return where + ": PostgreSQL refused the login (" + firstLine(e) + "): give user= and password= of a role that may log in";
        }
        if (state.equals("3D000")) {
            return where + ": the database does not exist (" + firstLine(e) + "): create it first (createdb NAME)";
        }
        return where + ": cannot open the PostgreSQL store (" + firstLine(e) + ")";
    }
}
