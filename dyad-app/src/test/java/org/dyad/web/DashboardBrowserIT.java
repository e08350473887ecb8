package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium, over a real DuckDB store holding the demo corpus and the
 * example article (coded by real CoreNLP), served by {@code dyad serve}'s server in this JVM. Under
 * CI=true a missing Chromium fails the test: CI installs it, so its absence is a broken CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> CORPUS = List.of("../demo/articles",
            "../../shared/examples/moscow-times-2020-09-14-belarus-succession.txt");
    /** Waits for a page to settle; generous because the machine is shared. Nothing is timed. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String LIVE_TEXT = "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin"
            + " in Sochi on Monday.\n\nPolice in Minsk detained hundreds of protesters on Sunday.";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dir;
    private Pipeline pipeline;
    private EventStore store;
    private DyadServer server;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): .ci/run installs chromium and chromium-driver");
        }
        assumeTrue(installed, "Chromium not installed: apt-get install -y chromium chromium-driver");

        dir = Files.createTempDirectory("dyad-browser-it");
        pipeline = new Pipeline(new CoreNlpAnnotator(), Lexicons.bundled());
        store = EventStore.open(dir.resolve("store/dyad.duckdb").toString());
        int articles = 0;
        try (Stream<ReadOutcome> outcomes = new ArticleSource(InputStream.nullInputStream()).read(CORPUS)) {
            for (ReadOutcome outcome : (Iterable<ReadOutcome>) outcomes::iterator) {
                assertThat(outcome).as("every corpus file reads").isInstanceOf(ReadOutcome.Read.class);
                store.ingest(pipeline.process(((ReadOutcome.Read) outcome).article()));
                articles++;
            }
        }
        long files;
        try (Stream<Path> listed = java.nio.file.Files.list(Path.of("../demo/articles"))) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertThat(articles).as("each demo article and the example").isEqualTo(files + 1);
        Pipeline loaded = pipeline;
        LiveCoder coder = new LiveCoder(() -> loaded, ApiJson.mapper());
        server = new DyadServer(store, coder, null, new PrintStream(OutputStream.nullOutputStream())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();

        Files.createDirectories(SCREENSHOTS);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        TempDirs.delete(dir);
        // The other ITs of this JVM load CoreNLP too: let this one's models go.
        pipeline = null;
    }

    @Test
    void pickCountry_openEvent_codeLive() throws Exception {
        browser.get(base + "/");
        waitFor("the dashboard to load", d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
        screenshot("1-loaded");

        JsonNode all = get("/api/events?limit=1");
        assertThat(number(By.id("events-table"), "data-total")).isEqualTo(all.get("total").asLong());
        assertThat(text(By.id("store-counts"))).contains(get("/api/counts").get("events").asText() + " events");
        long allOnTimeline = number(By.id("timeline"), "data-events");
        assertThat(allOnTimeline).isEqualTo(seriesTotal(""));

        // Pick a country: every view follows.
        new Select(browser.findElement(By.id("country"))).selectByValue("BLR");
        waitFor("the views to show BLR", d -> text(By.id("events-total")).contains("BLR")
                && text(By.id("timeline-caption")).contains("BLR")
                && List.of("timeline", "network", "map", "events-table").stream()
                        .allMatch(id -> "ready".equals(d.findElement(By.id(id)).getAttribute("data-state"))));
        screenshot("2-country-BLR");

        JsonNode blr = get("/api/events?country=BLR&limit=1000");
        long blrTotal = blr.get("total").asLong();
        assertThat(blrTotal).isPositive().isLessThan(all.get("total").asLong());
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-test=event-row]"));
        assertThat(rows).hasSize((int) Math.min(blrTotal, 100));
        assertThat(number(By.id("events-total"), "data-total")).isEqualTo(blrTotal);
        assertThat(rows.get(0).getAttribute("data-event-id")).isEqualTo(blr.get("events").get(0).get("event_id").asText());
        long blrOnTimeline = number(By.id("timeline"), "data-events");
        assertThat(blrOnTimeline).isEqualTo(seriesTotal("country=BLR")).isPositive().isLessThan(allOnTimeline);
        assertThat(number(By.id("network"), "data-edges")).isPositive();

        // A second country makes it a dyad, in either direction.
        new Select(browser.findElement(By.id("partner"))).selectByValue("RUS");
        waitFor("the views to show the dyad", d -> text(By.id("events-total")).contains("BLR ↔ RUS")
                && "ready".equals(d.findElement(By.id("events-table")).getAttribute("data-state")));
        long dyadTotal = get("/api/events?dyad=BLR,RUS").get("total").asLong();
        assertThat(dyadTotal).isPositive().isLessThanOrEqualTo(blrTotal);
        assertThat(browser.findElements(By.cssSelector("[data-test=event-row]"))).hasSize((int) dyadTotal);
        assertThat(browser.getCurrentUrl()).contains("country=BLR").contains("partner=RUS");
        screenshot("2b-dyad-BLR-RUS");

        assertThat(severeConsoleMessages()).as("errors in the browser's console").isEmpty();

        // A query the search cannot read is said, naming the parameter.
        browser.findElement(By.id("q")).sendKeys("\"unclosed");
        browser.findElement(By.id("apply")).click();
        waitFor("the filter's error", d -> d.findElement(By.id("filter-error")).isDisplayed());
        assertThat(text(By.id("filter-error"))).startsWith("q:");
        browser.findElement(By.id("q")).clear();
        new Select(browser.findElement(By.id("partner"))).selectByValue("");
        waitFor("the views to show BLR again", d -> text(By.id("events-total")).contains("BLR:")
                && "ready".equals(d.findElement(By.id("events-table")).getAttribute("data-state"))
                && !d.findElement(By.id("filter-error")).isDisplayed());
        rows = browser.findElements(By.cssSelector("[data-test=event-row]"));
        assertThat(rows).hasSize((int) Math.min(blrTotal, 100));

        // Open an event: its sentence, its attribution, its explanation, then its article.
        JsonNode first = blr.get("events").get(0);
        rows.get(0).click();
        waitFor("the event's details", d -> first.get("event_id").asText()
                .equals(d.findElement(By.id("event-detail")).getAttribute("data-event-id")));
        assertThat(text(By.cssSelector("[data-test=event-sentence]"))).isEqualTo(first.get("evidence").asText()).isNotBlank();
        assertThat(text(By.cssSelector("[data-test=event-explanation]"))).contains(first.get("cameo").asText());
        screenshot("3-event");
        browser.findElement(By.cssSelector("[data-test=article-link]")).click();
        waitFor("the article", d -> "ready".equals(d.findElement(By.id("article-view")).getAttribute("data-state")));
        JsonNode article = get("/api/articles/" + first.get("article_id").asText());
        assertThat(text(By.cssSelector("[data-test=article-title]"))).isEqualTo(article.get("title").asText());
        assertThat(browser.findElements(By.cssSelector(".article-events li"))).hasSize(article.get("events").size());
        screenshot("4-article");

        // Paste an article and see it coded live, as the pipeline codes it.
        browser.findElement(By.id("live-text")).sendKeys(LIVE_TEXT);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2020-09-14'",
                browser.findElement(By.id("live-published")));
        browser.findElement(By.id("live-code")).click();
        waitFor("the live coding", d -> "ready".equals(d.findElement(By.id("live-results")).getAttribute("data-state")));
        int expected = pipeline.process(new Article("live", null, "live", null, null, LocalDate.of(2020, 9, 14),
                LIVE_TEXT)).events().size();
        assertThat(expected).isPositive();
        List<WebElement> live = browser.findElements(By.cssSelector("[data-test=live-event]"));
        assertThat(live).hasSize(expected);
        assertThat(live).anySatisfy(row -> assertThat(row.getText()).contains("BLR").contains("RUS"));
        screenshot("5-live");

        // The only errors since are the answers 400 to the query made wrong on purpose.
        assertThat(severeConsoleMessages()).as("errors in the browser's console")
                .allSatisfy(m -> assertThat(m).contains("/api/").contains("400"));
    }

    /** The console's errors since the last call (reading the log empties it). */
    private List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private long seriesTotal(String filter) throws IOException, InterruptedException {
        long sum = 0;
        for (JsonNode p : get("/api/series?interval=month" + (filter.isEmpty() ? "" : "&" + filter)).get("points")) {
            sum += p.get("events").asLong();
        }
        return sum;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).as("GET %s: %s", path, res.body()).isEqualTo(200);
        return json.readTree(res.body());
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private long number(By by, String attribute) {
        String v = browser.findElement(by).getAttribute(attribute);
        assertThat(v).as("%s of %s", attribute, by).isNotNull();
        return Long.parseLong(v);
    }

    private void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, PATIENCE).ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .withMessage("waiting for " + what).until(condition::apply);
        } catch (RuntimeException e) {
            screenshot("failed-" + what.replaceAll("\\W+", "-"));
            throw e;
        }
    }

    private void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
