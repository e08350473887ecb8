package org.dyad.store;

import org.dyad.model.ActorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of an {@link EventQuery} over the events table, with its parameters. A text
 * query has been turned into the ids of the matching articles before.
 */
record Filter(String where, List<Object> params) {

    static Filter of(EventQuery q, List<String> articleIds, Dialect dialect) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.country() != null) {
            terms.add("(source_country = ? OR target_country = ?)");
            params.add(q.country());
            params.add(q.country());
        }
        if (q.actor() != null) {
            terms.add("(source_code LIKE ? OR target_code LIKE ?)");
            params.add(q.actor() + "%");
            params.add(q.actor() + "%");
        }
        if (q.dyad() != null) {
            List<String> sides = q.dyadSides();
            String a = sides.get(0);
            String b = sides.get(1);
            terms.add("((" + side("source", a, params) + " AND " + side("target", b, params) + ") OR ("
                    + side("source", b, params) + " AND " + side("target", a, params) + "))");
        }
        if (q.root() != null) {
            terms.add("cameo_root = ?");
            params.add(q.root());
        }
        if (q.code() != null) {
            terms.add("cameo LIKE ?");
            params.add(q.code() + "%");
        }
        if (q.plover() != null) {
            terms.add("UPPER(plover) = ?");
            params.add(q.plover());
        }
        if (q.quadClass() != null) {
            terms.add("quad_class = ?");
            params.add(q.quadClass());
        }
        if (q.mode() != null) {
            terms.add("mode = ?");
            params.add(q.mode());
        }
        if (q.from() != null) {
            terms.add("day >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            terms.add("day <= ?");
            params.add(q.to());
        }
        if (articleIds != null) {
            if (articleIds.isEmpty()) {
                terms.add("1 = 0");
            } else {
                // Thousands of ids go as one array value: binding each as a parameter costs more than the query.
                terms.add(dialect == Dialect.DUCKDB ? "article_id IN (SELECT unnest(?))" : "article_id = ANY(?)");
                params.add(new Params.TextArray(articleIds, dialect == Dialect.DUCKDB ? "VARCHAR" : "text"));
            }
        }
        return new Filter(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), List.copyOf(params));
    }

    /**
     * A side matches the actor codes starting with it: a country ("RUS") all of its actors (through
     * the country column, which is what those codes start with), "IGO", a region ("WST", which is no
     * country) or "RUSGOV" by prefix.
     */
    private static String side(String column, String value, List<Object> params) {
        ActorCode code = new ActorCode(value);
        if (value.length() == 3 && !code.isOrganisation() && !code.isRegion()) {
            params.add(value);
            return column + "_country = ?";
        }
        params.add(value + "%");
        return column + "_code LIKE ?";
    }
}
