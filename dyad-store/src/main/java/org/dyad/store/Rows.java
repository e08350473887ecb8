package org.dyad.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table, in its column order, written in bulk inside the caller's transaction: a
 * statement costs far more than a row, so DuckDB gets its appender and PostgreSQL multi-row INSERTs.
 */
interface Rows extends AutoCloseable {

    void add(List<Object> row) throws SQLException;

    /** Writes what is waiting, so that later statements of the transaction see it. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;

    static Rows of(Connection c, Dialect dialect, String table, String columns, int width) {
        return dialect == Dialect.DUCKDB ? new Appended((DuckDBConnection) c, table, width)
                : new Inserted(c, "INSERT INTO " + table + " (" + columns + ") VALUES ", width);
    }

    /** DuckDB: its appender, which writes into the connection's open transaction. */
    final class Appended implements Rows {
        private final DuckDBConnection c;
        private final String table;
        private final int width;
        private DuckDBAppender appender;

        Appended(DuckDBConnection c, String table, int width) {
            this.c = c;
            this.table = table;
            this.width = width;
        }

        @Override
        public void add(List<Object> row) throws SQLException {
            if (row.size() != width) {
                throw new IllegalArgumentException("row of " + row.size() + " values for " + width + " columns of " + table);
            }
            if (appender == null) {
                appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
            }
            appender.beginRow();
            for (Object v : row) {
                if (v == null || v instanceof Params.Null) {
                    appender.appendNull();
                } else if (v instanceof String s) {
                    appender.append(s);
                } else if (v instanceof Integer n) {
                    appender.append(n.intValue());
                } else if (v instanceof Long n) {
                    appender.append(n.longValue());
                } else if (v instanceof Double d) {
                    appender.append(d.doubleValue());
                } else if (v instanceof Boolean b) {
                    appender.append(b.booleanValue());
                } else if (v instanceof LocalDate d) {
                    appender.append(d);
                } else if (v instanceof Instant t) {
                    appender.append(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
                } else {
                    throw new IllegalArgumentException("cannot append " + v.getClass());
                }
            }
            appender.endRow();
        }

        @Override
        public void flush() throws SQLException {
            if (appender != null) {
                appender.flush();
            }
        }

        @Override
        public void close() throws SQLException {
            if (appender != null) {
                appender.close();
                appender = null;
            }
        }
    }

    /** PostgreSQL: "INSERT … VALUES (…), (…), …", a few thousand values a statement. */
    final class Inserted implements Rows {
        private static final int MAX_PARAMS = 4000;

        private final Connection c;
        private final String insert;
        private final int width;
        private final int perStatement;
        private final List<List<Object>> pending = new ArrayList<>();

        Inserted(Connection c, String insert, int width) {
            this.c = c;
            this.insert = insert;
            this.width = width;
            this.perStatement = Math.max(1, MAX_PARAMS / width);
        }

        @Override
        public void add(List<Object> row) throws SQLException {
            if (row.size() != width) {
                throw new IllegalArgumentException("row of " + row.size() + " values for " + width + " columns");
            }
            pending.add(row);
            if (pending.size() == perStatement) {
                flush();
            }
        }

        @Override
        public void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            String one = "(" + Params.marks(width) + ")";
            try (PreparedStatement ps = c.prepareStatement(insert + String.join(", ", Collections.nCopies(pending.size(), one)))) {
                int i = 1;
                for (List<Object> row : pending) {
                    for (Object v : row) {
                        Params.bind(ps, i++, v);
                    }
                }
                ps.executeUpdate();
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
        }
    }
}
