package org.dyad.store;

import org.dyad.model.Article;
import org.dyad.model.Mode;
import org.dyad.pipeline.ArticleResult;
import org.dyad.write.JsonLinesWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every store must do, run against DuckDB and against PostgreSQL. The counts below are
 * summed by hand from {@link Samples#corpus()}: 5 articles, 10 events, 11 actor codes.
 */
abstract class StoreContractTest {

    @TempDir
    Path dir;

    EventStore store;

    /** A store spec for a new, empty store. */
    abstract String freshSpec() throws Exception;

    /** The store spec again (to reopen what {@link #freshSpec} gave). */
    abstract String spec();

    Path index() {
        return dir.resolve("index");
    }

    @BeforeEach
    void openFresh() throws Exception {
        store = EventStore.open(freshSpec(), index());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private void ingestCorpus() {
        for (ArticleResult r : Samples.corpus()) {
            assertThat(store.ingest(r).status()).isEqualTo(IngestResult.Status.ADDED);
        }
    }

    private long count(String... params) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            m.put(params[i], params[i + 1]);
        }
        return store.events(EventQuery.parse(m)).total();
    }

    private List<String> dump() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc(spec()))) {
            for (String table : List.of("articles ORDER BY id", "events ORDER BY event_id", "attributions ORDER BY event_id, position",
                    "actors ORDER BY code", "schema_version ORDER BY version")) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder sb = new StringBuilder(table.split(" ")[0]);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append('|').append(r.getString(i));
                        }
                        rows.add(sb.toString());
                    }
                }
            }
        }
        return rows;
    }

    /** DuckDB allows one connection per file per process only through the same instance: close the store first. */
    abstract String jdbc(String spec);

    @Test
    void open_newStore_createsSchemaVersionOneAndIsEmpty() throws Exception {
        assertThat(store.counts()).isEqualTo(new Counts(0, 0, 0));
        store.close();
        store = EventStore.open(spec(), index());
        store.close();
        List<String> rows = dump();
        store = null;
        assertThat(rows).filteredOn(r -> r.startsWith("schema_version")).hasSize(1).allMatch(r -> r.startsWith("schema_version|1|"));
    }

    @Test
    void ingest_corpus_countsArticlesEventsActors() {
        ingestCorpus();
        assertThat(store.counts()).isEqualTo(new Counts(5, 10, 11));
    }

    @Test
    void ingest_twice_changesNoRow() throws Exception {
        ingestCorpus();
        store.close();
        List<String> before = dump();
        store = EventStore.open(spec(), index());
        for (ArticleResult r : Samples.corpus()) {
            IngestResult again = store.ingest(r);
            assertThat(again.status()).isEqualTo(IngestResult.Status.UNCHANGED);
            assertThat(again.events()).isEqualTo(r.events().size());
        }
        store.close();
        List<String> after = dump();
        store = null;
        assertThat(before).hasSize(5 + 10 + 2 + 11 + 1);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void ingest_sameUrlNewText_replacesItsEvents() {
        ingestCorpus();
        Article changed = Samples.article("a1-v2", "https://news.example/minsk-sochi", "Lukashenko in Sochi",
                "Alexander Lukashenko met Vladimir Putin in Sochi and secured a loan.", "2020-09-14");
        IngestResult r = store.ingest(Samples.result(changed, Samples.Spec.of("RUSGOV", "BLRGOV", "061", "2020-09-14")));
        assertThat(r).isEqualTo(new IngestResult("a1-v2", IngestResult.Status.REPLACED, 1));
        assertThat(store.article("a1")).isEmpty();
        assertThat(store.article("a1-v2").orElseThrow().events()).extracting(e -> e.event().cameo().value()).containsExactly("061");
        // a1 had 3 events (BLRCOP and BLRCVL only there and in a3): 10 - 3 + 1; BLRCOP gone.
        assertThat(store.counts()).isEqualTo(new Counts(5, 8, 10));
        assertThat(store.search("loan", 10, 0)).extracting(SearchHit::articleId).containsExactly("a1-v2");
        assertThat(store.search("flew", 10, 0)).isEmpty();
    }

    @Test
    void ingest_sameIdWithoutUrlNewText_replacesItsEvents() {
        ingestCorpus();
        Article changed = Samples.article("a3", null, "Protests in Minsk", "Police detained hundreds in Minsk.", "2020-08-30");
        IngestResult r = store.ingest(Samples.result(changed, Samples.Spec.of("BLRCOP", "BLRCVL", "173", "2020-08-30")));
        assertThat(r.status()).isEqualTo(IngestResult.Status.REPLACED);
        assertThat(store.counts()).isEqualTo(new Counts(5, 9, 11));
        assertThat(store.article("a3").orElseThrow().text()).isEqualTo("Police detained hundreds in Minsk.");
    }

    @Test
    void actors_afterAddsAndAReplacement_equalARecountFromTheEvents() throws Exception {
        ingestCorpus();
        store.ingest(Samples.result(Samples.article("a3", null, "Protests in Minsk", "Police detained hundreds.", "2020-08-30"),
                Samples.Spec.of("BLRCOP", "BLRCVL", "173", "2020-08-30"), Samples.Spec.of("RUSGOV", "BLRGOV", "036", "2019-01-02")));
        store.ingestAll(List.of(Samples.result(Samples.article("a6", null, "More", "Another report.", "2024-01-01"),
                Samples.Spec.of("RUSGOV", "USAGOV", "042", "2024-01-01"), Samples.Spec.of("IGOUNO", "CHNMIL", "042", null))));
        store.close();
        store = null;
        String recount = "SELECT code, MIN(country), MIN(role), MIN(name), MIN(day), MAX(day), COUNT(*) FROM ("
                + " SELECT source_code AS code, source_country AS country, source_role AS role, source_name AS name, day FROM events"
                + " UNION ALL SELECT target_code, target_country, target_role, target_name, day FROM events) a GROUP BY code ORDER BY code";
        String table = "SELECT code, country, role, name, first_seen, last_seen, events FROM actors ORDER BY code";
        try (Connection c = DriverManager.getConnection(jdbc(spec()))) {
            assertThat(rows(c, table)).isEqualTo(rows(c, recount)).hasSize(11);
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= 7; i++) {
                    sb.append(r.getString(i)).append('|');
                }
                rows.add(sb.toString().replaceAll("\\|(\\d+)\\|$", "|#$1|"));
            }
        }
        return rows;
    }

    @Test
    void ingestAll_sameArticleTwiceInOneBatch_storesItOnce() {
        List<ArticleResult> corpus = Samples.corpus();
        List<IngestResult> results = store.ingestAll(List.of(corpus.get(0), corpus.get(0), corpus.get(1)));
        assertThat(results).extracting(IngestResult::status)
                .containsExactly(IngestResult.Status.ADDED, IngestResult.Status.UNCHANGED, IngestResult.Status.ADDED);
        assertThat(store.counts().events()).isEqualTo(6);
    }

    @Test
    void events_eachFilter_countsExactly() {
        ingestCorpus();
        assertThat(count()).isEqualTo(10);
        assertThat(count("country", "RUS")).isEqualTo(6);
        assertThat(count("country", "blr")).isEqualTo(5);
        assertThat(count("actor", "RUSGOV")).isEqualTo(5);
        assertThat(count("actor", "IGO")).isEqualTo(1);
        assertThat(count("dyad", "RUS,BLR")).isEqualTo(3);
        assertThat(count("dyad", "BLR,RUS")).isEqualTo(3);
        assertThat(count("dyad", "BLR,BLR")).isEqualTo(2);
        assertThat(count("dyad", "RUSGOV,BLRGOV")).isEqualTo(3);
        assertThat(count("dyad", "IGO,RUS")).isEqualTo(1);
        assertThat(count("dyad", "IGOUNO,UKR")).isZero();
        assertThat(count("root", "04")).isEqualTo(1);
        assertThat(count("code", "11")).isEqualTo(2);
        assertThat(count("code", "042")).isEqualTo(1);
        assertThat(count("plover", "fight")).isEqualTo(1);
        assertThat(count("quad", "1")).isEqualTo(3);
        assertThat(count("quad", "2")).isEqualTo(1);
        assertThat(count("quad", "3")).isEqualTo(2);
        assertThat(count("quad", "4")).isEqualTo(4);
        assertThat(count("mode", "negated")).isEqualTo(1);
        assertThat(count("mode", "FUTURE")).isEqualTo(1);
        assertThat(count("mode", "asserted")).isEqualTo(8);
        assertThat(count("from", "2020-09-01", "to", "2020-12-31")).isEqualTo(3);
        assertThat(count("from", "2022-01-01")).isEqualTo(4);
        assertThat(count("to", "2020-08-31")).isEqualTo(2);
        assertThat(count("q", "Lukashenko")).isEqualTo(3);
        assertThat(count("q", "Lukashenko OR Taiwan")).isEqualTo(5);
        assertThat(count("q", "nobodywrotethis")).isZero();
        assertThat(count("country", "RUS", "quad", "4", "from", "2022-01-01")).isEqualTo(1);
    }

    @Test
    void events_pages_newestFirstWithoutOverlap() {
        ingestCorpus();
        Page<StoredEvent> first = store.events(EventQuery.parse(Map.of("limit", "4")));
        Page<StoredEvent> second = store.events(EventQuery.parse(Map.of("limit", "4", "offset", "4")));
        Page<StoredEvent> third = store.events(EventQuery.parse(Map.of("limit", "4", "offset", "8")));
        assertThat(first.total()).isEqualTo(10);
        assertThat(third.items()).hasSize(2);
        List<StoredEvent> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        all.addAll(third.items());
        assertThat(all).extracting(e -> e.event().eventId()).doesNotHaveDuplicates().hasSize(10);
        assertThat(all.get(0).event().date().value()).isEqualTo("2023-04-08");
        // The undated event comes last.
        assertThat(all.get(9).event().date().value()).isNull();
    }

    @Test
    void events_roundTrip_sameJsonAsTheCoder() {
        List<ArticleResult> corpus = Samples.corpus();
        ingestCorpus();
        StoredEvent stored = store.events(EventQuery.parse(Map.of("root", "04"))).items().get(0);
        var expected = JsonLinesWriter.toJson(corpus.get(0).events().get(0));
        var json = stored.toJson();
        assertThat(json.has("explanation")).isTrue();
        json.remove("explanation");
        assertThat(json).isEqualTo(expected);
        assertThat(stored.event().attribution()).extracting(a -> a.name(), a -> a.anonymous())
                .containsExactly(tuple("Reuters", false), tuple("unnamed officials", true));
    }

    @Test
    void series_countryByMonth_countsAndGoldsteinPerQuadClass() {
        ingestCorpus();
        List<SeriesPoint> points = store.series(SeriesQuery.parse(Map.of("country", "BLR", "interval", "month")));
        assertThat(points).containsExactly(
                new SeriesPoint(LocalDate.of(2020, 8, 1), 1, 1, 7.0),
                new SeriesPoint(LocalDate.of(2020, 8, 1), 4, 1, -4.0),
                new SeriesPoint(LocalDate.of(2020, 9, 1), 1, 2, 11.0),
                new SeriesPoint(LocalDate.of(2020, 9, 1), 4, 1, -7.0));
        List<SeriesPoint> days = store.series(SeriesQuery.parse(Map.of("dyad", "RUS,BLR", "interval", "day")));
        assertThat(days).extracting(SeriesPoint::period).containsExactly(LocalDate.of(2020, 8, 27), LocalDate.of(2020, 9, 14));
        List<SeriesPoint> weeks = store.series(SeriesQuery.parse(Map.of("country", "BLR", "interval", "week", "from", "2020-09-01")));
        // 13 September 2020 was a Sunday, the 14th a Monday: two ISO weeks.
        assertThat(weeks).extracting(SeriesPoint::period, SeriesPoint::quadClass, SeriesPoint::events).containsExactly(
                tuple(LocalDate.of(2020, 9, 7), 4, 1L), tuple(LocalDate.of(2020, 9, 14), 1, 2L));
    }

    @Test
    void dyads_top_countedPerQuadClass() {
        ingestCorpus();
        List<DyadCount> top = store.dyads(EventQuery.all(), 3);
        assertThat(top).containsExactly(
                new DyadCount("BLR", "BLR", 2, -11.0, 0, 0, 0, 2),
                new DyadCount("RUS", "BLR", 2, 12.0, 2, 0, 0, 0),
                new DyadCount("BLR", "RUS", 1, 6.0, 1, 0, 0, 0));
        assertThat(store.dyads(EventQuery.parse(Map.of("from", "2022-01-01", "to", "2022-12-31")), 10))
                .extracting(DyadCount::source, DyadCount::target)
                .containsExactly(tuple("IGOUNO", "RUS"), tuple("RUS", "UKR"), tuple("UKR", "RUS"));
    }

    @Test
    void events_aRegionOfTheCodebook_isADyadSideButNoCountry() {
        store.ingest(Samples.result(Samples.article("r1", null, "Minsk and the West", "Lukashenko accused the West.", "2021-05-24"),
                Samples.Spec.of("BLRGOV", "WST", "112", "2021-05-24"), Samples.Spec.of("WSTGOV", "BLRGOV", "163", "2021-05-24")));
        assertThat(count("dyad", "BLR,WST")).isEqualTo(2);
        assertThat(count("dyad", "WSTGOV,BLR")).isEqualTo(1);
        assertThat(count("country", "BLR")).isEqualTo(2);
        assertThat(store.actors(EventQuery.all(), 10)).filteredOn(a -> a.code().startsWith("WST"))
                .extracting(ActorCount::code, ActorCount::country).containsExactlyInAnyOrder(tuple("WST", null), tuple("WSTGOV", null));
    }

    @Test
    void actors_top_sourceAndTargetCounted() {
        ingestCorpus();
        assertThat(store.actors(EventQuery.all(), 2)).containsExactly(
                new ActorCount("RUSGOV", "RUS", "Name of RUSGOV", 5, 2, 3),
                new ActorCount("BLRGOV", "BLR", "Name of BLRGOV", 4, 1, 3));
        assertThat(store.actors(EventQuery.parse(Map.of("country", "TWN")), 10)).extracting(ActorCount::code)
                .containsExactly("TWNGOV", "CHNMIL", "USAGOV");
    }

    @Test
    void article_withEventsInSentenceOrder_unknownIsEmpty() {
        ingestCorpus();
        StoredArticle a = store.article("a2").orElseThrow();
        assertThat(a.url()).isEqualTo("https://news.example/invasion");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(a.events()).extracting(e -> e.event().cameo().value()).containsExactly("190", "111", "112");
        assertThat(a.events().get(0).event().location().name()).isEqualTo("Kyiv");
        assertThat(a.events().get(1).event().mode()).isEqualTo(Mode.NEGATED);
        assertThat(store.article("a5").orElseThrow().events()).isEmpty();
        assertThat(store.article("nope")).isEmpty();
    }

    @Test
    void search_findsArticlesByStemmedWords() {
        ingestCorpus();
        assertThat(store.search("drill", 10, 0)).extracting(SearchHit::articleId).containsExactly("a4");
        assertThat(store.search("Minsk", 10, 0)).extracting(SearchHit::articleId).containsExactly("a3");
        assertThat(store.search("\"Vladimir Putin\"", 10, 0)).extracting(SearchHit::title).containsExactly("Lukashenko flies to Sochi");
        assertThat(store.search("Moscow OR Sochi", 1, 1)).hasSize(1);
        assertThatThrownBy(() -> store.search("title:(unclosed", 10, 0)).isInstanceOf(BadQueryException.class)
                .extracting(e -> ((BadQueryException) e).parameter()).isEqualTo("q");
    }

    @Test
    void reopen_indexLost_rebuiltFromDatabase() throws Exception {
        ingestCorpus();
        store.close();
        store = null;
        deleteTree(index());
        store = EventStore.open(spec(), index());
        assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n).contains("rebuilt"));
        assertThat(store.search("Taiwan", 10, 0)).extracting(SearchHit::articleId).containsExactly("a4");
        store.reindex();
        assertThat(store.search("Taiwan", 10, 0)).hasSize(1);
        store.close();
        store = EventStore.open(spec(), index());
        assertThat(store.notice()).isEmpty();
    }

    static void deleteTree(Path p) throws Exception {
        try (var walk = java.nio.file.Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
