package org.dyad.store;

import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads events, aggregates and articles back from the tables. */
final class EventReader {

    private static final String COLUMNS = "event_id, article_id, url, input, sentence, event_date, date_source,"
            + " source_code, source_name, source_text, target_code, target_name, target_text, cameo, quad_class, goldstein,"
            + " plover, mode, location_name, location_country, location_lat, location_lon, evidence, confidence,"
            + " trigger_word, coding_rule, explanation";

    private final Connection c;

    EventReader(Connection c) {
        this.c = c;
    }

    Page<StoredEvent> events(Filter f, int limit, int offset) throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events" + f.where())) {
            Params.bind(ps, f.params());
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        if (total <= offset) {
            return new Page<>(List.of(), total, limit, offset);
        }
        // Sorting whole rows costs far more than finding the page: first the day of its last row
        // (a sort of one narrow column), then the page's ids among the rows from that day on, then
        // those rows. Rows of a day on or after the cutoff are exactly the ones that can be on the page.
        java.time.LocalDate cutoff = null;
        String dated = f.where().isEmpty() ? " WHERE day IS NOT NULL" : f.where() + " AND day IS NOT NULL";
        try (PreparedStatement ps = c.prepareStatement("SELECT day FROM events" + dated + " ORDER BY day DESC LIMIT 1 OFFSET ?")) {
            List<Object> params = new ArrayList<>(f.params());
            params.add(offset + limit - 1);
            Params.bind(ps, params);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    cutoff = r.getDate(1).toLocalDate();
                }
            }
        }
        String fromCutoff = cutoff == null ? "" : (f.where().isEmpty() ? " WHERE day >= ?" : " AND day >= ?");
        List<Object> params = new ArrayList<>(f.params());
        if (cutoff != null) {
            params.add(cutoff);
        }
        params.add(limit);
        params.add(offset);
        List<Object> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM events" + f.where() + fromCutoff
                + " ORDER BY day DESC NULLS LAST, event_id LIMIT ? OFFSET ?")) {
            Params.bind(ps, params);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return new Page<>(List.of(), total, limit, offset);
        }
        List<Object> fetch = new ArrayList<>(ids);
        if (cutoff != null) {
            fetch.add(cutoff);
        }
        List<StoredEvent> rows = select("SELECT " + COLUMNS + " FROM events WHERE event_id IN (" + Params.marks(ids.size()) + ")"
                + (cutoff == null ? "" : " AND day >= ?") + " ORDER BY day DESC NULLS LAST, event_id", fetch);
        return new Page<>(rows, total, limit, offset);
    }

    List<SeriesPoint> series(Filter f, SeriesQuery.Interval interval) throws SQLException {
        String unit = interval.name().toLowerCase(Locale.ROOT);
        String where = f.where().isEmpty() ? " WHERE day IS NOT NULL" : f.where() + " AND day IS NOT NULL";
        String sql = "SELECT CAST(date_trunc('" + unit + "', day) AS DATE) AS period, quad_class, COUNT(*), SUM(goldstein)"
                + " FROM events" + where + " GROUP BY period, quad_class ORDER BY period, quad_class";
        List<SeriesPoint> points = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Params.bind(ps, f.params());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    points.add(new SeriesPoint(r.getDate(1).toLocalDate(), r.getInt(2), r.getLong(3), r.getDouble(4)));
                }
            }
        }
        return points;
    }

    List<DyadCount> dyads(Filter f, int limit) throws SQLException {
        String sql = "SELECT COALESCE(source_country, source_code) AS s, COALESCE(target_country, target_code) AS t,"
                + " COUNT(*) AS n, SUM(goldstein),"
                + " SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END)"
                + " FROM events" + f.where() + " GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?";
        List<Object> params = new ArrayList<>(f.params());
        params.add(limit);
        List<DyadCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Params.bind(ps, params);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new DyadCount(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4),
                            r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8)));
                }
            }
        }
        return out;
    }

    List<ActorCount> actors(Filter f, int limit) throws SQLException {
        String sql = "SELECT code, MIN(country), MIN(name), COUNT(*) AS n, SUM(src), SUM(1 - src) FROM ("
                + " SELECT source_code AS code, source_country AS country, source_name AS name, 1 AS src FROM events" + f.where()
                + " UNION ALL SELECT target_code, target_country, target_name, 0 FROM events" + f.where()
                + ") seen GROUP BY code ORDER BY n DESC, code LIMIT ?";
        List<Object> params = new ArrayList<>(f.params());
        params.addAll(f.params());
        params.add(limit);
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Params.bind(ps, params);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new ActorCount(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6)));
                }
            }
        }
        return out;
    }

    Optional<StoredArticle> article(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, url, input, publisher, title, published, text, content_hash,"
                + " ingested_at FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Date published = r.getDate(6);
                Timestamp at = r.getTimestamp(9);
                List<StoredEvent> events = select("SELECT " + COLUMNS + " FROM events WHERE article_id = ? ORDER BY sentence, event_id",
                        List.of(id));
                return Optional.of(new StoredArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), published == null ? null : published.toLocalDate(), r.getString(7), r.getString(8),
                        at == null ? null : at.toInstant(), events));
            }
        }
    }

    Counts counts() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),"
                + " (SELECT COUNT(*) FROM actors)"); ResultSet r = ps.executeQuery()) {
            r.next();
            return new Counts(r.getLong(1), r.getLong(2), r.getLong(3));
        }
    }

    private List<StoredEvent> select(String sql, List<Object> params) throws SQLException {
        List<StoredEvent> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Params.bind(ps, params);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(new StoredEvent(event(r, List.of()), r.getString("explanation")));
                }
            }
        }
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<Attribution>> chains = attributions(rows.stream().map(e -> e.event().eventId()).toList());
        List<StoredEvent> out = new ArrayList<>(rows.size());
        for (StoredEvent s : rows) {
            Event e = s.event();
            List<Attribution> chain = chains.getOrDefault(e.eventId(), List.of());
            out.add(new StoredEvent(new Event(e.eventId(), e.articleId(), e.url(), e.input(), e.sentence(), e.date(),
                    e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.plover(), e.mode(), e.location(),
                    chain, e.evidence(), e.confidence(), e.trigger(), e.rule()), s.explanation()));
        }
        return out;
    }

    private Map<String, List<Attribution>> attributions(List<String> eventIds) throws SQLException {
        Map<String, List<Attribution>> chains = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, name, kind, anonymous, inferred FROM attributions"
                + " WHERE event_id IN (" + Params.marks(eventIds.size()) + ") ORDER BY event_id, position")) {
            Params.bind(ps, eventIds);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    chains.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Attribution(r.getString(2), r.getString(3), r.getBoolean(4), r.getBoolean(5)));
                }
            }
        }
        return chains;
    }

    private static Event event(ResultSet r, List<Attribution> chain) throws SQLException {
        String place = r.getString("location_name");
        Location location = place == null ? null
                : new Location(place, r.getString("location_country"), r.getDouble("location_lat"), r.getDouble("location_lon"));
        return new Event(r.getString("event_id"), r.getString("article_id"), r.getString("url"), r.getString("input"),
                r.getInt("sentence"), new EventDate(r.getString("event_date"), r.getString("date_source")),
                new Actor(new ActorCode(r.getString("source_code")), r.getString("source_name"), r.getString("source_text"), null),
                new Actor(new ActorCode(r.getString("target_code")), r.getString("target_name"), r.getString("target_text"), null),
                new CameoCode(r.getString("cameo")), r.getInt("quad_class"), r.getDouble("goldstein"), r.getString("plover"),
                Mode.valueOf(r.getString("mode").toUpperCase(Locale.ROOT)), location, chain, r.getString("evidence"),
                r.getDouble("confidence"), r.getString("trigger_word"), r.getString("coding_rule"));
    }
}
