package org.dyad.cli;

import static org.dyad.cli.CliRun.dyad;

import org.dyad.cli.CliRun.Run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.feed.TestSite;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Web archives and feeds through the whole command line: real CoreNLP, a real DuckDB store, and a
 * local web site serving fixture feeds and pages.
 */
class SourcesIT {

    private static final String WORLD = "/world.rss";
    private static final String DIPLOMACY = "/diplomacy.atom";

    @TempDir
    Path dir;

    private TestSite site;


    @BeforeEach
    void startSite() throws IOException {
        site = new TestSite();
        site.fixture(WORLD, "world.rss", "application/rss+xml; charset=utf-8");
        site.fixture(DIPLOMACY, "diplomacy.atom", "application/atom+xml");
        site.fixture("/2021/02/01/myanmar-coup.html", "myanmar-coup.html", "text/html; charset=utf-8");
        site.fixture("/amp/2021/02/01/myanmar-coup.html", "myanmar-coup.html", "text/html; charset=utf-8");
        site.fixture("/2022/02/24/russia-ukraine.html", "russia-ukraine.html", "text/html");
        site.fixture("/2023/03/10/iran-saudi.html", "iran-saudi.html", "text/html; charset=utf-8");
        site.fixture("/2020/09/14/sochi.html", "sochi.html", "text/html; charset=utf-8");
        // The world feed's oversized and slow items: here simply missing, so the run stays quick.
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void code_webArchive_codesItsPagesNamedByRecord() throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        long offset;
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(page("https://news.example/robots.txt", "text/plain", "User-agent: *\n"));
            offset = writer.position();
            writer.write(page("https://news.example/sochi", "text/html; charset=utf-8", site.fixture("sochi.html")));
        }

        Run run = dyad("code", "--format", "jsonl", warc.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> events = json(run.out());
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("input").asText()).isEqualTo(warc + "#" + offset);
            assertThat(e.get("url").asText()).isEqualTo("https://news.example/sochi");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.get("source").get("country").asText()).isEqualTo("BLR"));
        assertThat(run.err()).contains("dyad: 1 articles");
    }

    @Test
    void code_feedUrl_codesItsItemsOnceToStdout() {
        Run run = dyad("code", "--format", "jsonl", site.url(DIPLOMACY));

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> events = json(run.out());
        assertThat(events).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("input").asText()).isEqualTo(site.url(DIPLOMACY)));
        assertThat(events).extracting(e -> e.get("url").asText()).contains(site.url("/2020/09/14/sochi.html"));
        assertThat(run.err()).contains("dyad: " + site.url(DIPLOMACY) + ": 3 items, 3 new, 3 articles, ")
                .contains("dyad: 3 articles, " + events.size() + " events");
        assertThat(site.paths()).startsWith(DIPLOMACY).hasSize(4);
    }

    @Test
    void watch_twoPasses_storesEachArticleOnceAndTheSecondPassFindsNothingNew() {
        String store = dir.resolve("watch.duckdb").toString();

        Run run = dyad("watch", "--store", store, "--every", "1s", "--passes", "2", site.url(WORLD), site.url(DIPLOMACY));

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains(site.url(WORLD) + ": 5 items, 5 new, 4 articles, ");
        assertThat(lines.get(1)).contains(site.url(DIPLOMACY) + ": 3 items, 3 new, 2 articles, ");
        assertThat(lines.get(2)).endsWith(site.url(WORLD) + ": 5 items, 0 new, 0 articles, 0 events");
        assertThat(lines.get(3)).endsWith(site.url(DIPLOMACY) + ": 3 items, 0 new, 0 articles, 0 events");
        assertThat(run.err()).contains("dyad: " + site.url("/2023/10/07/gone.html") + ": HTTP 404")
                .doesNotContain("Exception");
        assertThat(Files.exists(Path.of(store + ".feeds.json"))).isTrue();
        try (EventStore events = EventStore.open(store)) {
            assertThat(events.counts().articles()).isEqualTo(6);
            List<StoredEvent> stored = events.events(EventQuery.all().withPage(1000, 0)).items();
            assertThat(stored).isNotEmpty();
            Set<String> inputs = stored.stream().map(e -> e.event().input()).collect(Collectors.toSet());
            assertThat(inputs).isSubsetOf(site.url(WORLD), site.url(DIPLOMACY));
        }
    }

    @Test
    void ingest_archiveAndFeed_storesTheirArticlesAndTheSecondRunAddsNothing() throws IOException {
        Path warc = dir.resolve("news.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            writer.write(page("https://news.example/ukraine", "text/html", site.fixture("russia-ukraine.html")));
        }
        String store = dir.resolve("ingest.duckdb").toString();

        Run first = dyad("ingest", "--store", store, warc.toString(), site.url(DIPLOMACY));
        site.forget();
        Run second = dyad("ingest", "--store", store, warc.toString(), site.url(DIPLOMACY));

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ingest: articles=4 added=4 unchanged=0 replaced=0 events=");
        assertThat(first.err()).contains("dyad: " + site.url(DIPLOMACY) + ": 3 items, 3 new, 3 articles, ");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("ingest: articles=1 added=0 unchanged=1 replaced=0 events=0 failed=0");
        assertThat(second.err()).contains("dyad: " + site.url(DIPLOMACY) + ": 3 items, 0 new, 0 articles, 0 events");
        assertThat(site.paths()).containsExactly(DIPLOMACY);
        try (EventStore events = EventStore.open(store)) {
            assertThat(events.counts().articles()).isEqualTo(4);
        }
    }

    @Test
    void watch_badUrls_sayWhatIsWrongAndFetchNothing() {
        Run run = dyad("watch", "--passes", "1", "ftp://example.org/feed.xml", "https://");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> l.startsWith("dyad: ")).toList()).containsExactly(
                "dyad: ftp://example.org/feed.xml: not a feed URL: give an http:// or https:// address",
                "dyad: https://: not a valid URL (Expected authority at character 9): quote it in the shell and escape spaces as %20");
        assertThat(site.paths()).isEmpty();
    }

    @Test
    void watch_badEvery_isBadUsage() {
        Run run = dyad("watch", "--every", "soon", site.url(WORLD));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'soon' is not a duration: write it like 15m, 30s, 1h or 1h30m");
    }

    private static WarcResponse page(String url, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2020-09-15T00:00:00Z")).body(http).build();
    }

    private static List<JsonNode> json(String out) {
        ObjectMapper mapper = new ObjectMapper();
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

}
