package org.dyad.store;

import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;
import org.dyad.search.IndexedArticle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes articles and their events inside a transaction the caller owns: an article already stored
 * with the same content is left alone, one at the same URL (or with the same id when it has no URL)
 * is replaced with its events, and the actors touched are recounted from the events.
 */
final class ArticleWriter {

    /** What a batch did, and what the index must learn from it once the transaction is committed. */
    record Written(List<IngestResult> results, List<IndexedArticle> indexed, Set<String> removed) {
    }

    private static final String EVENT_COLUMNS = "event_id, article_id, url, input, sentence, event_date,"
            + " date_source, day, source_code, source_country, source_role, source_name, source_text, target_code,"
            + " target_country, target_role, target_name, target_text, cameo, cameo_root, quad_class, goldstein, plover,"
            + " mode, location_name, location_country, location_lat, location_lon, evidence, confidence, trigger_word,"
            + " coding_rule, explanation";
    private static final String ARTICLE_COLUMNS = "id, url, input, publisher, title, published, text, content_hash, ingested_at, events";
    private static final String ATTRIBUTION_COLUMNS = "event_id, position, name, kind, anonymous, inferred";

    private final Connection c;
    private final Dialect dialect;

    ArticleWriter(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    Written write(List<ArticleResult> results) throws SQLException {
        List<IngestResult> out = new ArrayList<>();
        Map<String, IndexedArticle> indexed = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        Set<String> recount = new LinkedHashSet<>();
        Map<String, ActorTally> added = new LinkedHashMap<>();
        Stored stored = Stored.find(c, results);
        try (Rows articles = Rows.of(c, dialect, "articles", ARTICLE_COLUMNS, 10);
             Rows events = Rows.of(c, dialect, "events", EVENT_COLUMNS, 33);
             Rows attributions = Rows.of(c, dialect, "attributions", ATTRIBUTION_COLUMNS, 6)) {
        for (ArticleResult r : results) {
            Article a = r.annotated().article();
            String hash = ArticleIds.sha256(a.text());
            Integer same = stored.eventsWithHash(hash);
            if (same != null) {
                out.add(new IngestResult(a.id(), IngestResult.Status.UNCHANGED, same));
                continue;
            }
            List<String> old = stored.sameArticle(a);
            if (!old.isEmpty()) {
                // Rows still waiting would escape the delete: write them out first.
                articles.flush();
                events.flush();
                attributions.flush();
                for (String id : old) {
                    recount.addAll(codesOf(id));
                    delete(id);
                    stored.forget(id);
                    indexed.remove(id);
                    removed.add(id);
                }
            }
            List<Event> kept = distinct(r.events());
            Map<String, String> explained = Explanations.of(r);
            articles.add(Arrays.asList(a.id(), a.url(), a.input(), a.publisher(), a.title(),
                    a.published() == null ? Params.Null.DATE : a.published(), a.text(), hash, Instant.now(), kept.size()));
            for (Event e : kept) {
                events.add(eventRow(e, explained.get(e.eventId())));
                List<Attribution> chain = e.attribution();
                for (int i = 0; i < chain.size(); i++) {
                    Attribution link = chain.get(i);
                    attributions.add(Arrays.asList(e.eventId(), i, link.name(), link.kind(), link.anonymous(), link.inferred()));
                }
                ActorTally.add(added, e.source(), e);
                ActorTally.add(added, e.target(), e);
            }
            stored.remember(a, hash, kept.size());
            removed.remove(a.id());
            indexed.put(a.id(), new IndexedArticle(a.id(), a.url(), a.title(), a.publisher(), a.published(), a.text()));
            out.add(new IngestResult(a.id(), old.isEmpty() ? IngestResult.Status.ADDED : IngestResult.Status.REPLACED, kept.size()));
        }
        articles.flush();
        events.flush();
        attributions.flush();
        }
        // Codes of replaced articles are recounted from the events; new ones are added to their tallies.
        added.keySet().removeAll(recount);
        addToActors(added.values());
        recountActors(recount);
        return new Written(out, List.copyOf(indexed.values()), removed);
    }

    private Set<String> codesOf(String articleId) throws SQLException {
        Set<String> codes = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_code, target_code FROM events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                    codes.add(r.getString(2));
                }
            }
        }
        return codes;
    }

    private void delete(String articleId) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM attributions WHERE event_id IN (SELECT event_id FROM events WHERE article_id = ?)",
                "DELETE FROM events WHERE article_id = ?",
                "DELETE FROM articles WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    private void addToActors(java.util.Collection<ActorTally> tallies) throws SQLException {
        List<ActorTally> list = List.copyOf(tallies);
        for (int from = 0; from < list.size(); from += 500) {
            List<ActorTally> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String sql = "INSERT INTO actors (code, country, role, name, first_seen, last_seen, events) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(" + Params.marks(7) + ")"))
                    + " ON CONFLICT (code) DO UPDATE SET events = actors.events + excluded.events,"
                    + " name = LEAST(actors.name, excluded.name),"
                    + " first_seen = LEAST(actors.first_seen, excluded.first_seen),"
                    + " last_seen = GREATEST(actors.last_seen, excluded.last_seen)";
            List<Object> params = new ArrayList<>();
            for (ActorTally t : chunk) {
                params.addAll(Arrays.asList(t.code, t.country, t.role, t.name, t.first == null ? Params.Null.DATE : t.first,
                        t.last == null ? Params.Null.DATE : t.last, (long) t.events));
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Params.bind(ps, params);
                ps.executeUpdate();
            }
        }
    }

    /** One actor code's events in a batch: how many, the least name (as a recount's MIN would pick), first and last day. */
    private static final class ActorTally {
        final String code;
        final String country;
        final String role;
        String name;
        LocalDate first;
        LocalDate last;
        int events;

        private ActorTally(org.dyad.model.Actor a) {
            this.code = a.code().value();
            this.country = a.country();
            this.role = a.role();
        }

        static void add(Map<String, ActorTally> tallies, org.dyad.model.Actor a, Event e) {
            ActorTally t = tallies.computeIfAbsent(a.code().value(), k -> new ActorTally(a));
            t.events++;
            if (a.name() != null && (t.name == null || a.name().compareTo(t.name) < 0)) {
                t.name = a.name();
            }
            LocalDate d = day(e.date().value());
            if (d != null) {
                t.first = t.first == null || d.isBefore(t.first) ? d : t.first;
                t.last = t.last == null || d.isAfter(t.last) ? d : t.last;
            }
        }
    }

    /** Actors are recounted from the events rather than incremented, so replacing an article leaves them exact. */
    private void recountActors(Set<String> codes) throws SQLException {
        List<String> list = List.copyOf(codes);
        for (int from = 0; from < list.size(); from += 500) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String in = "(" + Params.marks(chunk.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM actors WHERE code IN " + in)) {
                Params.bind(ps, chunk);
                ps.executeUpdate();
            }
            String sql = "INSERT INTO actors (code, country, role, name, first_seen, last_seen, events)"
                    + " SELECT code, MIN(country), MIN(role), MIN(name), MIN(day), MAX(day), COUNT(*) FROM ("
                    + " SELECT source_code AS code, source_country AS country, source_role AS role, source_name AS name, day"
                    + " FROM events WHERE source_code IN " + in
                    + " UNION ALL SELECT target_code, target_country, target_role, target_name, day"
                    + " FROM events WHERE target_code IN " + in + ") seen GROUP BY code";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                List<Object> params = new ArrayList<>(chunk);
                params.addAll(chunk);
                Params.bind(ps, params);
                ps.executeUpdate();
            }
        }
    }

    /** The pipeline dedupes events; should two still share an id, the first stands for both. */
    private static List<Event> distinct(List<Event> events) {
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : events) {
            byId.putIfAbsent(e.eventId(), e);
        }
        return List.copyOf(byId.values());
    }

    private static List<Object> eventRow(Event e, String explanation) {
        LocalDate day = day(e.date().value());
        return Arrays.asList(e.eventId(), e.articleId(), e.url(), e.input(), e.sentence(), e.date().value(),
                e.date().source(), day == null ? Params.Null.DATE : day,
                e.source().code().value(), e.source().country(), e.source().role(), e.source().name(), e.source().text(),
                e.target().code().value(), e.target().country(), e.target().role(), e.target().name(), e.target().text(),
                e.cameo().value(), e.cameo().root(), e.quadClass(), e.goldstein(), e.plover(), e.mode().label(),
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                e.location() == null ? Params.Null.DOUBLE : e.location().lat(),
                e.location() == null ? Params.Null.DOUBLE : e.location().lon(),
                e.evidence(), e.confidence(), e.trigger(), e.rule(), explanation);
    }

    /** The first day of the date the text gives: a day, a month ("2020-08") or a year ("2020"); null when unknown. */
    static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 10 -> LocalDate.parse(value);
                case 7 -> LocalDate.parse(value + "-01");
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
