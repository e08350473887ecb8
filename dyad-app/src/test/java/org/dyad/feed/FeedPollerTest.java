package org.dyad.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller against a real HTTP server on 127.0.0.1 serving fixture feeds and pages, broken ones included. */
class FeedPollerTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    /**
     * Short limits so that the slow and the huge pages hit them soon; not shorter, as a busy machine
     * can take most of a second over a JVM's first request.
     */
    private static final FeedSettings SETTINGS = new FeedSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
            64 * 1024, FeedSettings.USER_AGENT, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ZERO);
    private static final String MYANMAR = "/2021/02/01/myanmar-coup.html";

    @TempDir
    Path dir;

    private TestSite site;
    private TestClock clock;
    private final List<Article> taken = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final ArticleSink sink = article -> {
        taken.add(article);
        return 2;
    };

    @BeforeAll
    static void warmUp() throws IOException {
        // Loads the HTTP client's classes, so that no test's first request spends its time limit on that.
        try (TestSite warm = new TestSite()) {
            new HttpFetcher(FeedSettings.defaults()).get(java.net.URI.create(warm.url("/")), java.util.Map.of());
        }
    }

    @BeforeEach
    void startSite() throws IOException {
        site = new TestSite();
        clock = new TestClock(T0);
        site.fixture("/world.rss", "world.rss", "application/rss+xml; charset=utf-8");
        site.fixture("/diplomacy.atom", "diplomacy.atom", "application/atom+xml");
        site.fixture("/broken.rss", "broken.rss", "application/rss+xml");
        site.fixture(MYANMAR, "myanmar-coup.html", "text/html; charset=utf-8");
        site.fixture("/amp" + MYANMAR, "myanmar-coup.html", "text/html; charset=utf-8");
        site.fixture("/2022/02/24/russia-ukraine.html", "russia-ukraine.html", "text/html");
        site.fixture("/2023/03/10/iran-saudi.html", "iran-saudi.html", "text/html; charset=utf-8");
        site.fixture("/2020/09/14/sochi.html", "sochi.html", "text/html; charset=utf-8");
        // Sent in chunks without a length: the limit must stop the download itself.
        site.route("/2020/08/09/huge.html", (exchange, attempt) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] paragraph = "<p>Protesters filled the streets of Minsk after the election.</p>\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 4000; i++) {
                    out.write(paragraph);
                }
            }
        });
        site.route("/2019/11/slow.html", (exchange, attempt) -> {
            Thread.sleep(10_000);
            TestSite.send(exchange, 200, "text/html", "<html><body><p>Too late.</p></body></html>");
        });
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void poll_rssAndAtom_handsOnEachNewPageOnceWithItsLinkDateAndFeed() {
        List<FeedReport> reports = poller(FeedState.inMemory()).poll(List.of(site.url("/world.rss"), site.url("/diplomacy.atom")),
                sink, () -> false);

        assertThat(reports).extracting(FeedReport::outcome, FeedReport::items, FeedReport::newItems, FeedReport::articles,
                        FeedReport::events)
                .containsExactly(tuple(FeedReport.Outcome.READ, 5, 5, 4, 8), tuple(FeedReport.Outcome.READ, 3, 3, 2, 4));
        assertThat(taken).extracting(Article::url, Article::input, Article::published).containsExactly(
                tuple(site.url(MYANMAR), site.url("/world.rss"), LocalDate.of(2021, 2, 1)),
                tuple(site.url("/2022/02/24/russia-ukraine.html"), site.url("/world.rss"), LocalDate.of(2022, 2, 24)),
                tuple(site.url("/2023/10/07/gone.html"), site.url("/world.rss"), LocalDate.of(2023, 10, 7)),
                tuple(site.url("/2019/11/slow.html"), site.url("/world.rss"), LocalDate.of(2019, 11, 24)),
                tuple(site.url("/2023/03/10/iran-saudi.html"), site.url("/diplomacy.atom"), LocalDate.of(2023, 3, 10)),
                tuple(site.url("/2020/09/14/sochi.html"), site.url("/diplomacy.atom"), LocalDate.of(2020, 9, 14)));
        assertThat(site.paths()).containsExactly("/world.rss", MYANMAR, "/2022/02/24/russia-ukraine.html",
                "/2023/10/07/gone.html", "/2020/08/09/huge.html", "/2019/11/slow.html",
                "/diplomacy.atom", "/2023/03/10/iran-saudi.html", "/2020/09/14/sochi.html", "/amp" + MYANMAR);
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("User-Agent")).isEqualTo(FeedSettings.USER_AGENT));
    }

    @Test
    void poll_pagesThatCannotBeRead_fallBackToTheDescriptionOrAreReportedInOneLine() {
        poller(FeedState.inMemory()).poll(List.of(site.url("/world.rss")), sink, () -> false);

        Article myanmar = taken.get(0);
        assertThat(myanmar.title()).isEqualTo("Myanmar's army seizes power and detains Aung San Suu Kyi");
        assertThat(myanmar.text()).startsWith("Myanmar's military took control of the country on Monday")
                .doesNotContain("Home", "Copyright");
        Article gone = taken.get(2);
        assertThat(gone.title()).isEqualTo("Hamas attacks southern Israel");
        assertThat(gone.text()).isEqualTo("Hamas fighters crossed from Gaza into southern Israel on Saturday and attacked towns"
                + " and a music festival. Israel declared war on Hamas the next day.");
        assertThat(taken.get(3).text()).startsWith("Pro-democracy candidates won control");
        assertThat(problems).containsExactly(
                site.url("/2023/10/07/gone.html") + ": HTTP 404: the page is gone or broken; coded from the feed's description instead",
                site.url("/2020/08/09/huge.html") + ": larger than 65536 bytes: not fetched (the limit keeps one page from filling"
                        + " the memory); the feed gives no description either: item skipped",
                site.url("/2019/11/slow.html") + ": no complete answer within 2 s: try later; coded from the feed's description instead");
    }

    @Test
    void poll_secondPass_fetchesOnlyTheFeeds() {
        FeedPoller poller = poller(FeedState.inMemory());
        List<String> feeds = List.of(site.url("/world.rss"), site.url("/diplomacy.atom"));
        poller.poll(feeds, sink, () -> false);
        site.forget();
        taken.clear();

        List<FeedReport> reports = poller.poll(feeds, sink, () -> false);

        assertThat(site.paths()).containsExactly("/world.rss", "/diplomacy.atom");
        assertThat(taken).isEmpty();
        assertThat(reports).extracting(FeedReport::newItems, FeedReport::articles).containsExactly(tuple(0, 0), tuple(0, 0));
    }

    @Test
    void poll_afterARestart_remembersEverythingFromTheStateFile() throws Exception {
        Path file = dir.resolve("store.duckdb.feeds.json");
        List<String> feeds = List.of(site.url("/world.rss"), site.url("/diplomacy.atom"));
        poller(FeedState.load(file)).poll(feeds, sink, () -> false);
        site.forget();
        taken.clear();

        List<FeedReport> reports = poller(FeedState.load(file)).poll(feeds, sink, () -> false);

        assertThat(site.paths()).containsExactly("/world.rss", "/diplomacy.atom");
        assertThat(taken).isEmpty();
        assertThat(reports).extracting(FeedReport::newItems).containsExactly(0, 0);
        assertThat(Files.readString(file)).contains(site.url("/2020/09/14/sochi.html"));
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).as("no temporary file left beside the state").containsExactly(file);
        }
    }

    @Test
    void poll_brokenFeed_isReportedAndTheNextFeedIsStillRead() {
        List<FeedReport> reports = poller(FeedState.inMemory()).poll(List.of(site.url("/broken.rss"), site.url("/world.rss")),
                sink, () -> false);

        assertThat(reports).extracting(FeedReport::outcome).containsExactly(FeedReport.Outcome.FAILED, FeedReport.Outcome.READ);
        assertThat(reports.get(0).problem()).startsWith("not well-formed XML at line ")
                .contains("the feed is broken; tell its publisher or check the URL (next try after 2026-01-05T09:01:00Z)");
        assertThat(problems.get(0)).startsWith(site.url("/broken.rss") + ": not well-formed XML");
        assertThat(site.paths()).doesNotContain("/never-fetched.html");
        assertThat(taken).hasSize(4);
    }

    @Test
    void poll_serverErrors_backOffLongerEachTimeThenRecover() {
        site.route("/flaky.rss", (exchange, attempt) -> {
            if (attempt <= 2) {
                TestSite.send(exchange, 500, "text/plain", "Internal Server Error");
            } else {
                TestSite.send(exchange, 200, "application/rss+xml", oneItemFeed("/2020/09/14/sochi.html"));
            }
        });
        FeedPoller poller = poller(FeedState.inMemory());
        List<String> feeds = List.of(site.url("/flaky.rss"));

        FeedReport first = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(59));
        FeedReport waiting = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(2));
        FeedReport second = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(119));
        FeedReport waitingLonger = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(2));
        FeedReport recovered = poller.poll(feeds, sink, () -> false).get(0);

        assertThat(first.problem()).isEqualTo("HTTP 500: check the feed URL (next try after 2026-01-05T09:01:00Z)");
        assertThat(waiting.outcome()).isEqualTo(FeedReport.Outcome.WAITING);
        assertThat(waiting.problem()).isEqualTo("waiting until 2026-01-05T09:01:00Z after 1 failure");
        assertThat(second.problem()).isEqualTo("HTTP 500: check the feed URL (next try after 2026-01-05T09:03:01Z)");
        assertThat(waitingLonger.outcome()).isEqualTo(FeedReport.Outcome.WAITING);
        assertThat(recovered.outcome()).isEqualTo(FeedReport.Outcome.READ);
        assertThat(recovered.articles()).isEqualTo(1);
        assertThat(site.paths()).containsExactly("/flaky.rss", "/flaky.rss", "/flaky.rss", "/2020/09/14/sochi.html");
    }

    @Test
    void poll_tooManyRequests_waitsAsLongAsRetryAfterSays() {
        site.route("/busy.rss", (exchange, attempt) -> {
            if (attempt == 1) {
                TestSite.send(exchange, 429, "text/plain", "Slow down", "Retry-After", "120");
            } else {
                TestSite.send(exchange, 200, "application/rss+xml", oneItemFeed("/2020/09/14/sochi.html"));
            }
        });
        FeedPoller poller = poller(FeedState.inMemory());
        List<String> feeds = List.of(site.url("/busy.rss"));

        FeedReport refused = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(119));
        FeedReport waiting = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(2));
        FeedReport read = poller.poll(feeds, sink, () -> false).get(0);

        assertThat(refused.problem()).isEqualTo("HTTP 429: check the feed URL (next try after 2026-01-05T09:02:00Z)");
        assertThat(waiting.outcome()).isEqualTo(FeedReport.Outcome.WAITING);
        assertThat(read.outcome()).isEqualTo(FeedReport.Outcome.READ);
        assertThat(site.paths()).containsExactly("/busy.rss", "/busy.rss", "/2020/09/14/sochi.html");
    }

    @Test
    void poll_unchangedFeed_sendsItsValidatorsAndGets304() {
        String lastModified = "Fri, 10 Mar 2023 18:00:00 GMT";
        site.route("/conditional.atom", (exchange, attempt) -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                TestSite.send(exchange, 304, null, "");
            } else {
                TestSite.send(exchange, 200, "application/atom+xml", site.fixture("diplomacy.atom"),
                        "ETag", "\"v1\"", "Last-Modified", lastModified);
            }
        });
        FeedPoller poller = poller(FeedState.inMemory());
        List<String> feeds = List.of(site.url("/conditional.atom"));
        poller.poll(feeds, sink, () -> false);
        site.forget();

        FeedReport report = poller.poll(feeds, sink, () -> false).get(0);

        assertThat(report.outcome()).isEqualTo(FeedReport.Outcome.NOT_MODIFIED);
        assertThat(site.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/conditional.atom");
            assertThat(r.header("If-None-Match")).isEqualTo("\"v1\"");
            assertThat(r.header("If-Modified-Since")).isEqualTo(lastModified);
        });
        assertThat(taken).hasSize(3);
    }

    @Test
    void poll_pageAnswering429_stopsTheFeedUntilRetryAfterAndKeepsNoValidators() {
        site.route("/paced.rss", (exchange, attempt) -> {
            if ("\"p1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                TestSite.send(exchange, 304, null, "");
            } else {
                TestSite.send(exchange, 200, "application/rss+xml",
                        feed(item("/paced/1.html", "First"), item("/2020/09/14/sochi.html", "Second")), "ETag", "\"p1\"");
            }
        });
        site.route("/paced/1.html", (exchange, attempt) -> {
            if (attempt == 1) {
                TestSite.send(exchange, 429, "text/html", "<p>Too many requests</p>", "Retry-After", "60");
            } else {
                TestSite.send(exchange, 200, "text/html", site.fixture("iran-saudi.html"));
            }
        });
        FeedPoller poller = poller(FeedState.inMemory());
        List<String> feeds = List.of(site.url("/paced.rss"));

        FeedReport stopped = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(30));
        FeedReport waiting = poller.poll(feeds, sink, () -> false).get(0);
        clock.advance(Duration.ofSeconds(31));
        site.forget();
        FeedReport resumed = poller.poll(feeds, sink, () -> false).get(0);

        assertThat(stopped.articles()).isZero();
        assertThat(stopped.problem()).isEqualTo("stopped at " + site.url("/paced/1.html") + ": HTTP 429: the site asks Dyad to slow down");
        assertThat(waiting.outcome()).isEqualTo(FeedReport.Outcome.WAITING);
        assertThat(resumed.articles()).isEqualTo(2);
        assertThat(site.requests().get(0).header("If-None-Match")).isNull();
        assertThat(site.paths()).containsExactly("/paced.rss", "/paced/1.html", "/2020/09/14/sochi.html");
    }

    @Test
    void poll_pageThatStallsInItsBody_timesOutAndFallsBack() {
        site.route("/stall.rss", (exchange, attempt) -> TestSite.send(exchange, 200, "application/rss+xml",
                feed(item("/stall.html", "Stalled") .replace("</item>",
                        "<description>Chile's voters rejected a proposed new constitution on Sunday.</description></item>"))));
        site.route("/stall.html", (exchange, attempt) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><body><p>The first half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(10_000);
            out.close();
        });

        poller(FeedState.inMemory()).poll(List.of(site.url("/stall.rss")), sink, () -> false);

        assertThat(taken).singleElement().extracting(Article::text)
                .isEqualTo("Chile's voters rejected a proposed new constitution on Sunday.");
        assertThat(problems).containsExactly(site.url("/stall.html")
                + ": no complete answer within 2 s: try later; coded from the feed's description instead");
    }

    @Test
    void poll_movedFeedAndNonHtmlPage_redirectIsFollowedAndThePdfFallsBackToTheDescription() {
        site.route("/old/feed.rss", (exchange, attempt) -> TestSite.send(exchange, 301, "text/html", "<p>Moved</p>",
                "Location", site.url("/new/feed.rss")));
        site.route("/new/feed.rss", (exchange, attempt) -> TestSite.send(exchange, 200, "application/rss+xml",
                feed(item("/report.pdf", "A report").replace("</item>",
                        "<description>The UN Security Council extended its mission in Mali by a year.</description></item>"))));
        site.route("/report.pdf", (exchange, attempt) -> TestSite.send(exchange, 200, "application/pdf", "%PDF-1.4 binary"));

        List<FeedReport> reports = poller(FeedState.inMemory()).poll(List.of(site.url("/old/feed.rss")), sink, () -> false);

        assertThat(reports).singleElement().extracting(FeedReport::articles).isEqualTo(1);
        assertThat(taken).singleElement().extracting(Article::text)
                .isEqualTo("The UN Security Council extended its mission in Mali by a year.");
        assertThat(problems).containsExactly(site.url("/report.pdf")
                + ": not an HTML page (application/pdf); coded from the feed's description instead");
        assertThat(site.paths()).containsExactly("/old/feed.rss", "/new/feed.rss", "/report.pdf");
    }

    @Test
    void poll_unreachableFeed_isReportedAndTheOthersGoOn() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort + "/feed.rss";

        List<FeedReport> reports = poller(FeedState.inMemory()).poll(List.of(unreachable, site.url("/diplomacy.atom")),
                sink, () -> false);

        assertThat(reports.get(0).problem()).startsWith("cannot connect (connection refused): check the URL or try later");
        assertThat(reports.get(1).articles()).isEqualTo(3);
    }

    @Test
    void poll_sinkThatFails_getsTheItemAgainOnTheNextPass() {
        FeedPoller poller = poller(FeedState.inMemory());
        boolean[] failed = {false};
        ArticleSink failingOnce = article -> {
            if (!failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("the store is locked");
            }
            return sink.take(article);
        };
        List<String> feeds = List.of(site.url("/diplomacy.atom"));

        FeedReport first = poller.poll(feeds, failingOnce, () -> false).get(0);
        FeedReport second = poller.poll(feeds, failingOnce, () -> false).get(0);

        assertThat(first.articles()).isEqualTo(2);
        assertThat(second.newItems()).isEqualTo(1);
        assertThat(taken).extracting(Article::url).containsExactly(site.url("/2020/09/14/sochi.html"),
                site.url("/amp" + MYANMAR), site.url("/2023/03/10/iran-saudi.html"));
        assertThat(problems).containsExactly(site.url("/2023/03/10/iran-saudi.html")
                + ": not coded or stored (the store is locked): it is offered again on the next pass");
    }

    @Test
    void poll_stopRequested_endsBetweenItems() {
        int[] asked = {0};

        List<FeedReport> reports = poller(FeedState.inMemory()).poll(List.of(site.url("/diplomacy.atom"), site.url("/world.rss")),
                sink, () -> taken.size() >= 1 && asked[0]++ >= 0);

        assertThat(taken).hasSize(1);
        assertThat(reports).hasSize(1);
        assertThat(site.paths()).containsExactly("/diplomacy.atom", "/2023/03/10/iran-saudi.html");
    }

    @Test
    void load_corruptStateFile_saysWhichFileAndWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.json"), "{\"version\":1,\"feeds\":");

        assertThatThrownBy(() -> FeedState.load(file))
                .isInstanceOf(FeedStateException.class)
                .hasMessageStartingWith(file + ": the feed state is not valid JSON (")
                .hasMessageEndingWith("): move it away to start afresh (every item in the feeds is then new)");
    }

    private FeedPoller poller(FeedState state) {
        return new FeedPoller(new HttpFetcher(SETTINGS), state, SETTINGS, clock, (url, problem) -> problems.add(url + ": " + problem));
    }

    private String oneItemFeed(String path) {
        return feed(item(path, "One item"));
    }

    private String item(String path, String title) {
        return "<item><title>" + title + "</title><link>" + site.url(path) + "</link></item>";
    }

    private static String feed(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title><link>http://127.0.0.1/</link>"
                + "<description>Test</description>" + String.join("", items) + "</channel></rss>";
    }
}
