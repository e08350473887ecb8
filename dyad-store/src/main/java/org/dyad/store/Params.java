package org.dyad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Binds Java values to statement parameters the same way for both drivers, nulls typed. */
final class Params {

    private Params() {
    }

    static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            bind(ps, i + 1, values.get(i));
        }
    }

    static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof LocalDate d) {
            ps.setDate(i, Date.valueOf(d));
        } else if (v instanceof Instant t) {
            ps.setTimestamp(i, Timestamp.from(t));
        } else if (v instanceof TextArray a) {
            ps.setArray(i, ps.getConnection().createArrayOf(a.sqlType(), a.values().toArray()));
        } else if (v instanceof Null n) {
            ps.setNull(i, n.sqlType());
        } else {
            throw new IllegalArgumentException("cannot bind " + v.getClass());
        }
    }

    /** A list of strings bound as one SQL array of the given element type. */
    record TextArray(List<String> values, String sqlType) {
    }

    /** A null of a given SQL type, where the type matters to the driver. */
    record Null(int sqlType) {
        static final Null DATE = new Null(Types.DATE);
        static final Null DOUBLE = new Null(Types.DOUBLE);
    }

    /** "?, ?, ?" for n values. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
