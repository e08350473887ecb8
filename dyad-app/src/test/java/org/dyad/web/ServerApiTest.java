package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.nlp.ConllU;
import org.dyad.nlp.ConllUAnnotator;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StageTimes;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over a real DuckDB store with known content, served by the real Javalin server on a free
 * loopback port. The articles are built by hand, so every count asserted is known; posted text is
 * coded by the real pipeline from a stored parse (no language model in this fast test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {

    private static final String TOKEN = "s3cret-operator-token";
    private static final String SENT_AID = "Greece sent aid to Turkey.";
    private static final String SENT_AID_PARSE = String.join("\n",
            "# text = " + SENT_AID,
            "1\tGreece\tGreece\t_\tNNP\t_\t2\tnsubj\t_\tNER=COUNTRY",
            "2\tsent\tsend\t_\tVBD\t_\t0\troot\t_\t_",
            "3\taid\taid\t_\tNN\t_\t2\tobj\t_\t_",
            "4\tto\tto\t_\tIN\t_\t5\tcase\t_\t_",
            "5\tTurkey\tTurkey\t_\tNNP\t_\t2\tobl\t_\tNER=COUNTRY",
            "6\t.\t.\t_\t.\t_\t2\tpunct\t_\t_");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Path dir;
    private EventStore store;
    private DyadServer server;
    private String base;

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("dyad-api-test");
        store = EventStore.open(dir.resolve("dyad.duckdb").toString());
        Article sochi = article("a1", "https://example.org/sochi", "Lukashenko travels to Sochi for talks with Putin",
                LocalDate.of(2020, 9, 14), "Lukashenko is traveling to the Sochi summit. Police in Minsk detained protesters.");
        Article geneva = article("a2", "https://example.org/geneva", "Biden and Putin meet in Geneva",
                LocalDate.of(2021, 6, 16), "Biden met Putin at a lakeside villa in Geneva.");
        Article kyiv = article("a3", "https://example.org/kyiv", "Russian forces attack Ukraine",
                LocalDate.of(2022, 2, 24), "Russian forces shelled positions near Kyiv.");
        Location sochiPlace = new Location("Sochi", "RUS", 43.6, 39.7);
        Location minsk = new Location("Minsk", "BLR", 53.9, 27.57);
        store.ingest(result(sochi,
                event("e1", sochi, "2020-09-14", "BLRGOV", "RUSGOV", "042", 1, 1.9, "CONSULT", Mode.ASSERTED, sochiPlace, List.of(),
                        "Lukashenko is traveling to the Sochi summit."),
                event("e2", sochi, "2020-09-06", "BLRCOP", "BLRCVL", "173", 4, -5.0, "ARREST", Mode.ASSERTED, minsk, List.of(),
                        "Police in Minsk detained protesters."),
                event("e3", sochi, "2020-09-13", "RUSGOV", "BLROPP", "120", 3, -4.0, "REJECT", Mode.FUTURE, null,
                        List.of(new Attribution("Bloomberg", "MED", false, false),
                                new Attribution("five unnamed sources close to the Kremlin", null, true, false)),
                        "Putin will not accept the opposition, Bloomberg reported.")));
        store.ingest(result(geneva,
                event("e4", geneva, "2021-06-16", "USAGOV", "RUSGOV", "040", 1, 1.0, "CONSULT", Mode.ASSERTED, null, List.of(),
                        "Biden met Putin at a lakeside villa in Geneva."),
                event("e5", geneva, "2021-06-16", "RUSGOV", "USAGOV", "111", 3, -2.0, "ACCUSE", Mode.ASSERTED, null, List.of(),
                        "Putin criticised Washington.")));
        store.ingest(result(kyiv,
                event("e6", kyiv, "2022-02-24", "RUSMIL", "UKRMIL", "190", 4, -10.0, "ASSAULT", Mode.ASSERTED, null, List.of(),
                        "Russian forces shelled positions near Kyiv.")));

        Pipeline pipeline = new Pipeline(new ConllUAnnotator(List.of(ConllU.parse(SENT_AID_PARSE, 0))), Lexicons.bundled());
        LiveCoder coder = new LiveCoder(() -> pipeline, ApiJson.mapper());
        server = new DyadServer(store, coder, TOKEN, new PrintStream(log, true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        TempDirs.delete(dir);
    }

    // ---- reading ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "/api/events?{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "'';                        e1 e2 e3 e4 e5 e6",
        "country=BLR;               e1 e2 e3",
        "country=usa;               e4 e5",
        "actor=RUSGOV;              e1 e3 e4 e5",
        "actor=RUS;                 e1 e3 e4 e5 e6",
        "dyad=RUS,BLR;              e1 e3",
        "dyad=BLR,RUS;              e1 e3",
        "dyad=USA,RUS;              e4 e5",
        "root=04;                   e1 e4",
        "code=042;                  e1",
        "plover=consult;            e1 e4",
        "quad=4;                    e2 e6",
        "mode=future;               e3",
        "from=2021-01-01;           e4 e5 e6",
        "from=2020-09-10&to=2021-06-16; e1 e3 e4 e5",
        "q=Sochi;                   e1 e2 e3",
        "q=Geneva OR Kyiv;          e4 e5 e6",
        "country=BLR&quad=4;        e2",
    })
    void events_filters_exactlyTheMatchingEvents(String query, String expected) throws Exception {
        JsonNode page = getOk("/api/events?" + encode(query));
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
        List<String> want = List.of(expected.trim().split("\\s+"));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(want);
        assertThat(page.get("total").asLong()).isEqualTo(want.size());
        assertThat(page.get("limit").asInt()).isEqualTo(100);
        assertThat(page.get("offset").asInt()).isZero();
    }

    @Test
    void events_pages_newestFirst() throws Exception {
        JsonNode first = getOk("/api/events?limit=2");
        JsonNode last = getOk("/api/events?limit=2&offset=4");
        assertThat(first.get("total").asInt()).isEqualTo(6);
        assertThat(ids(first.get("events"))).containsExactly("e6", "e4");
        assertThat(ids(last.get("events"))).containsExactly("e3", "e2");
        assertThat(last.get("offset").asInt()).isEqualTo(4);
        assertThat(getOk("/api/events?offset=6").get("events")).isEmpty();
    }

    @Test
    void events_fieldsOfTheJsonLinesContract() throws Exception {
        JsonNode e = getOk("/api/events?code=120").get("events").get(0);
        for (String field : List.of("event_id", "article_id", "url", "input", "sentence", "date", "date_source", "source",
                "target", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "mode", "location", "attribution",
                "evidence", "confidence", "trigger", "rule", "explanation")) {
            assertThat(e.has(field)).as(field).isTrue();
        }
        assertThat(e.get("source").get("code").asText()).isEqualTo("RUSGOV");
        assertThat(e.get("target").get("country").asText()).isEqualTo("BLR");
        assertThat(e.get("mode").asText()).isEqualTo("future");
        assertThat(e.get("url").asText()).isEqualTo("https://example.org/sochi");
        assertThat(e.get("attribution")).hasSize(2);
        assertThat(e.get("attribution").get(0).get("name").asText()).isEqualTo("Bloomberg");
        assertThat(e.get("attribution").get(1).get("anonymous").asBoolean()).isTrue();
        JsonNode sochi = getOk("/api/events?code=042").get("events").get(0).get("location");
        assertThat(sochi.get("name").asText()).isEqualTo("Sochi");
        assertThat(sochi.get("lat").asDouble()).isEqualTo(43.6);
    }

    @Test
    void series_perMonthAndQuadClass_countsAndGoldsteinSums() throws Exception {
        JsonNode all = getOk("/api/series?interval=month");
        assertThat(all.get("interval").asText()).isEqualTo("month");
        Map<String, double[]> points = new HashMap<>();
        all.get("points").forEach(p -> points.put(p.get("period").asText() + "/" + p.get("quad_class").asInt(),
                new double[] {p.get("events").asDouble(), p.get("goldstein").asDouble()}));
        assertThat(points).containsOnlyKeys("2020-09-01/1", "2020-09-01/3", "2020-09-01/4", "2021-06-01/1", "2021-06-01/3",
                "2022-02-01/4");
        assertThat(points.get("2020-09-01/4")).containsExactly(1, -5.0);
        assertThat(points.get("2021-06-01/3")).containsExactly(1, -2.0);

        JsonNode blrWeeks = getOk("/api/series?interval=week&country=BLR");
        List<String> weeks = new ArrayList<>();
        blrWeeks.get("points").forEach(p -> weeks.add(p.get("period").asText() + "/" + p.get("quad_class").asInt()));
        // 2020-09-06 is a Sunday (week of Monday 08-31); the 13th a Sunday (week of the 7th); the 14th a Monday.
        assertThat(weeks).containsExactly("2020-08-31/4", "2020-09-07/3", "2020-09-14/1");

        JsonNode days = getOk("/api/series?interval=day&dyad=USA,RUS");
        assertThat(days.get("points")).hasSize(2);
        assertThat(days.get("points").get(0).get("period").asText()).isEqualTo("2021-06-16");
    }

    @Test
    void dyads_topPairsWithCountsPerQuadClass() throws Exception {
        JsonNode dyads = getOk("/api/dyads").get("dyads");
        assertThat(dyads).hasSize(6);
        Map<String, JsonNode> byPair = new HashMap<>();
        dyads.forEach(d -> byPair.put(d.get("source").asText() + ">" + d.get("target").asText(), d));
        assertThat(byPair).containsOnlyKeys("BLR>RUS", "BLR>BLR", "RUS>BLR", "USA>RUS", "RUS>USA", "RUS>UKR");
        JsonNode blrRus = byPair.get("BLR>RUS");
        assertThat(blrRus.get("events").asInt()).isEqualTo(1);
        assertThat(blrRus.get("goldstein").asDouble()).isEqualTo(1.9);
        assertThat(blrRus.get("verbal_cooperation").asInt()).isEqualTo(1);
        assertThat(blrRus.get("material_conflict").asInt()).isZero();
        assertThat(getOk("/api/dyads?country=BLR&limit=2").get("dyads")).hasSize(2);
    }

    @Test
    void actors_mostInvolvedFirst() throws Exception {
        JsonNode actors = getOk("/api/actors").get("actors");
        assertThat(actors.get(0).get("code").asText()).isEqualTo("RUSGOV");
        assertThat(actors.get(0).get("events").asInt()).isEqualTo(4);
        assertThat(actors.get(0).get("as_source").asInt()).isEqualTo(2);
        assertThat(actors.get(0).get("as_target").asInt()).isEqualTo(2);
        assertThat(actors).hasSize(8);
        assertThat(getOk("/api/actors?country=UKR").get("actors")).hasSize(2);
    }

    @Test
    void article_withItsEvents() throws Exception {
        JsonNode a = getOk("/api/articles/a1");
        assertThat(a.get("id").asText()).isEqualTo("a1");
        assertThat(a.get("title").asText()).isEqualTo("Lukashenko travels to Sochi for talks with Putin");
        assertThat(a.get("published").asText()).isEqualTo("2020-09-14");
        assertThat(a.get("url").asText()).isEqualTo("https://example.org/sochi");
        assertThat(a.get("text").asText()).contains("Sochi summit");
        assertThat(ids(a.get("events"))).containsExactlyInAnyOrder("e1", "e2", "e3");
    }

    @Test
    void search_fullTextOverArticles() throws Exception {
        JsonNode hits = getOk("/api/search?q=" + encode("Geneva")).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("article_id").asText()).isEqualTo("a2");
        assertThat(getOk("/api/search?q=" + encode("Putin")).get("hits")).hasSize(2);
        assertThat(getOk("/api/search?q=" + encode("Putin") + "&limit=1").get("hits")).hasSize(1);
        assertThat(getOk("/api/search?q=" + encode("zeppelin")).get("hits")).isEmpty();
    }

    @Test
    void countries_namedFromTheLexicon() throws Exception {
        JsonNode countries = getOk("/api/countries").get("countries");
        assertThat(countries.get("BLR").asText()).isEqualTo("Belarus");
        assertThat(countries.get("USA").asText()).isEqualTo("United States");
        assertThat(countries.size()).isGreaterThan(190);
    }

    @Test
    void counts_ofTheStore() throws Exception {
        JsonNode c = getOk("/api/counts");
        assertThat(c.get("articles").asInt()).isEqualTo(3);
        assertThat(c.get("events").asInt()).isEqualTo(6);
    }

    // ---- mistakes --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
        "/api/events?from=2020-13-45,    from",
        "/api/events?to=yesterday,       to",
        "/api/events?mode=perhaps,       mode",
        "/api/events?limit=-1,           limit",
        "/api/events?limit=5000,         limit",
        "/api/events?limit=ten,          limit",
        "/api/events?offset=-3,          offset",
        "/api/events?dyad=RUS,           dyad",
        "/api/events?country=Russia,     country",
        "/api/events?quad=7,             quad",
        "/api/events?root=99,            root",
        "/api/events?contry=RUS,         contry",
        "/api/events?country=RUS&country=BLR, country",
        "/api/series?interval=year,      interval",
        "/api/dyads?limit=0,             limit",
        "/api/actors?from=2020-01-01&to=2019-01-01, from",
        "/api/search?q=,                 q",
        "/api/search,                    q",
        "/api/search?q=%22unclosed,      q",
        "/api/events?q=%22unclosed,      q",
    })
    void badParameters_400NamingTheParameter(String path, String parameter) throws Exception {
        HttpResponse<String> res = get(path);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void unknownArticleAndEndpoint_404Json() throws Exception {
        HttpResponse<String> res = get("/api/articles/no-such-article");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(json.readTree(res.body()).get("error").asText()).contains("no-such-article");
        HttpResponse<String> endpoint = get("/api/nothing-here");
        assertThat(endpoint.statusCode()).isEqualTo(404);
        assertThat(json.readTree(endpoint.body()).get("error").asText()).contains("/api/nothing-here");
        HttpResponse<String> method = get("/api/code");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(json.readTree(method.body()).get("error").asText()).contains("POST");
        assertThat(log.toString(StandardCharsets.UTF_8)).as("nothing logged for users' mistakes").isEmpty();
    }

    @Test
    void oddValues_neverA500() throws Exception {
        List<String> odd = List.of("", "%20", "%00", "'", "%22", "-1", "0", "99999999999", "2020-02-30", "%C3%84%C3%96",
                "*", "RUS,", ",", "1e3", "null", "a".repeat(3000), "%27%3B%20DROP%20TABLE%20events%3B--", "RUS,BLR,UKR",
                "NOT", "AND%20OR", "2020-01-01T00:00", "04%25");
        List<String> params = new ArrayList<>(org.dyad.store.EventQuery.PARAMETERS);
        params.add("interval");
        int answered = 0;
        for (String endpoint : List.of("/api/events", "/api/series", "/api/dyads", "/api/actors", "/api/search")) {
            for (String param : params) {
                for (String value : odd) {
                    String path = endpoint + "?" + param + "=" + value;
                    HttpResponse<String> res = get(path);
                    assertThat(res.statusCode()).as("%s: %s", path, res.body()).isIn(200, 400);
                    json.readTree(res.body());
                    answered++;
                }
            }
        }
        assertThat(answered).isEqualTo(5 * 14 * odd.size());
        assertThat(log.toString(StandardCharsets.UTF_8)).as("bugs logged").isEmpty();
    }

    // ---- coding posted text ----------------------------------------------------------------------

    @Test
    void code_postedText_codedNotStored() throws Exception {
        HttpResponse<String> res = post("/api/code", SENT_AID, "text/plain", null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("total").asInt()).isEqualTo(1);
        JsonNode e = body.get("events").get(0);
        assertThat(e.get("source").get("code").asText()).isEqualTo("GRC");
        assertThat(e.get("cameo").asText()).isEqualTo("070");
        assertThat(e.get("target").get("code").asText()).isEqualTo("TUR");
        assertThat(e.get("explanation").asText()).contains(SENT_AID);
        assertThat(e.get("input").asText()).isEqualTo("posted");
        assertThat(body.get("articles").get(0).get("explanation").asText()).contains("=> GRC 070 TUR");
        assertThat(getOk("/api/counts").get("events").asInt()).isEqualTo(6);
    }

    @Test
    void code_jsonWithPublicationDate_datesTheEvent() throws Exception {
        String body = "{\"title\": null, \"published\": \"2023-02-08\", \"url\": \"https://example.org/aid\", \"text\": \""
                + SENT_AID + "\"}";
        HttpResponse<String> res = post("/api/code", body, "application/json", null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode e = json.readTree(res.body()).get("events").get(0);
        assertThat(e.get("date").asText()).isEqualTo("2023-02-08");
        assertThat(e.get("date_source").asText()).isEqualTo("published");
        assertThat(e.get("url").asText()).isEqualTo("https://example.org/aid");
    }

    @ParameterizedTest(name = "POST /api/code {0} → 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
        "'   '                                     | text/plain       | text",
        "{\"text\": 42}                            | application/json | text",
        "{\"published\": \"2020-01-01\"}           | application/json | text",
        "{\"text\": \"x\", \"published\": \"soon\"} | application/json | published",
        "{not json                                 | application/json | body",
        "[1, 2]                                    | application/json | body",
    })
    void code_badBodies_400(String body, String contentType, String parameter) throws Exception {
        HttpResponse<String> res = post("/api/code", body, contentType, null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(json.readTree(res.body()).get("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void code_tooLarge_413() throws Exception {
        HttpResponse<String> res = post("/api/code", "Greece sent aid. ".repeat(70_000), "text/plain", null);
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(json.readTree(res.body()).get("error").asText()).contains("larger than");
    }

    @Test
    void ingest_needsTheOperatorsToken() throws Exception {
        HttpResponse<String> none = post("/api/ingest", SENT_AID, "text/plain", null);
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/api/ingest", SENT_AID, "text/plain", "not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(getOk("/api/counts").get("articles").asInt()).isEqualTo(3);
    }

    @Test
    void ingest_offWithoutAToken_403() throws Exception {
        try (DyadServer closed = new DyadServer(store, new LiveCoder(() -> {
            throw new AssertionError("nothing is coded when ingest is off");
        }, ApiJson.mapper()), null, new PrintStream(log, true, StandardCharsets.UTF_8)).start("127.0.0.1", 0)) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/api/ingest"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(SENT_AID)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(403);
            assertThat(json.readTree(res.body()).get("error").asText()).contains("--token-env");
        }
    }

    @Test
    void ingest_withToken_storesOnceThenUnchanged() throws Exception {
        Path other = Files.createTempDirectory(dir, "ingest");
        try (EventStore fresh = EventStore.open(other.resolve("dyad.duckdb").toString());
             DyadServer writable = new DyadServer(fresh, new LiveCoder(() -> new Pipeline(
                     new ConllUAnnotator(List.of(ConllU.parse(SENT_AID_PARSE, 0))), Lexicons.bundled()), ApiJson.mapper()),
                     TOKEN, new PrintStream(log, true, StandardCharsets.UTF_8)).start("127.0.0.1", 0)) {
            String url = "http://127.0.0.1:" + writable.port();
            HttpResponse<String> first = send(url + "/api/ingest", SENT_AID, "text/plain", TOKEN);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            JsonNode added = json.readTree(first.body()).get("articles").get(0);
            assertThat(added.get("status").asText()).isEqualTo("added");
            assertThat(added.get("events").asInt()).isEqualTo(1);
            JsonNode again = json.readTree(send(url + "/api/ingest", SENT_AID, "text/plain", TOKEN).body()).get("articles").get(0);
            assertThat(again.get("status").asText()).isEqualTo("unchanged");
            assertThat(fresh.counts().events()).isEqualTo(1);
            JsonNode stored = json.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/events?dyad=GRC,TUR")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(stored.get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void dashboard_servedWithItsLibraries() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/countries.geojson",
                "/webjars/echarts/5.5.0/echarts.min.js", "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet/1.9.4/dist/leaflet.css", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/").body()).contains("id=\"timeline\"").contains("/app.js");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Article article(String id, String url, String title, LocalDate published, String text) {
        return new Article(id, url, "test/" + id + ".txt", title, "Test Desk", published, text);
    }

    private static ArticleResult result(Article article, Event... events) {
        return new ArticleResult(new AnnotatedArticle(article, List.of()), List.of(), List.of(events), List.of(), StageTimes.ZERO);
    }

    private static Event event(String id, Article a, String date, String source, String target, String cameo, int quad,
                               double goldstein, String plover, Mode mode, Location location, List<Attribution> attribution,
                               String evidence) {
        return new Event(id, a.id(), a.url(), a.input(), 1, new EventDate(date, "text"),
                new Actor(new ActorCode(source), source + " name", source.toLowerCase(), "test"),
                new Actor(new ActorCode(target), target + " name", target.toLowerCase(), "test"),
                new CameoCode(cameo), quad, goldstein, plover, mode, location, attribution, evidence, 0.9, "trigger",
                "test:1");
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("event_id").asText()));
        return ids;
    }

    /** Encodes the values of "a=b&c=d" for a URL, leaving the separators. */
    private static String encode(String query) {
        if (query.isEmpty() || !query.contains("=")) {
            return URLEncoder.encode(query, StandardCharsets.UTF_8);
        }
        List<String> parts = new ArrayList<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parts.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    private JsonNode getOk(String path) throws IOException, InterruptedException {
        HttpResponse<String> res = get(path);
        assertThat(res.statusCode()).as("GET %s: %s", path, res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json.readTree(res.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String contentType, String token)
            throws IOException, InterruptedException {
        return send(base + path, body, contentType, token);
    }

    private HttpResponse<String> send(String url, String body, String contentType, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }
}
