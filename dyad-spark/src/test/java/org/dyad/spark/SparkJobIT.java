package org.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Article;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import org.dyad.write.JsonLinesWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job as `./dyad spark` runs it, in local[2] on loopback, with real CoreNLP: its Parquet events
 * must be the events `dyad code` writes for the same input. CoreNLP loads once in this JVM (driver
 * and executor in local mode) and is shared by the command line run and the job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobIT {

    private static final String DEMO = "../demo/articles";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The command line's events for the demo corpus, one JSON object per event. */
    private List<JsonNode> cliEvents;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    void codeTheDemoWithTheCommandLine() throws IOException {
        Run cli = capture(() -> org.dyad.cli.Main.run("code", "--format", "jsonl", DEMO));
        assertThat(cli.status()).as(cli.err()).isZero();
        cliEvents = new ArrayList<>();
        for (String line : cli.out().lines().filter(l -> !l.isBlank()).toList()) {
            cliEvents.add(JSON.readTree(line));
        }
        assertThat(cliEvents).hasSizeGreaterThan(14);
    }

    @Test
    void demoCorpus_parquetEventsEqualTheCommandLinesEvents(@TempDir Path dir) throws IOException {
        String out = dir.resolve("out").toString();
        Run run = capture(() -> Main.run("--master", "local[2]", "--out", out, DEMO));

        assertThat(run.status()).as(run.err()).isZero();
        long demoArticles;
        try (Stream<Path> files = Files.list(Path.of(DEMO))) {
            demoArticles = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertThat(run.err()).contains("dyad: " + demoArticles + " articles, " + cliEvents.size() + " events;");
        List<JsonNode> sparkEvents;
        long articles;
        long errors;
        try (SparkSession spark = reader()) {
            sparkEvents = spark.read().parquet(out + "/events").collectAsList().stream()
                    .map(r -> (JsonNode) JsonLinesWriter.toJson(EventRows.fromRow(r))).toList();
            articles = spark.read().parquet(out + "/articles").count();
            errors = spark.read().parquet(out + "/errors").count();
        }

        assertThat(sparkEvents).hasSameSizeAs(cliEvents);
        assertThat(keys(sparkEvents)).containsExactlyInAnyOrderElementsOf(keys(cliEvents));
        // Every field of the contract, not only the key: ids, input names, places, attribution, evidence.
        assertThat(sparkEvents).containsExactlyInAnyOrderElementsOf(cliEvents);
        assertThat(articles).isEqualTo(demoArticles);
        assertThat(errors).isZero();
        try (Stream<Path> dates = Files.list(dir.resolve("out/events"))) {
            assertThat(dates.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_") && !n.startsWith(".")).toList())
                    .isNotEmpty().allMatch(n -> n.matches("date=(\\d{4}(-\\d{2}(-\\d{2})?)?|__HIVE_DEFAULT_PARTITION__)"))
                    .contains("date=2021-06-16");
        }
        try (Stream<Path> days = Files.list(dir.resolve("out/articles"))) {
            assertThat(days.map(p -> p.getFileName().toString()).toList()).contains("published=2021-06-16");
        }
    }

    @Test
    void jsonLinesParquetAndBadInputs_goodOnesCodedAsTheirTextFiles_badOnesReported(@TempDir Path dir) throws IOException {
        List<Article> demo = demoArticles();
        Article first = demo.get(0);
        Article second = demo.get(1);
        Article third = demo.get(2);
        Path jsonl = dir.resolve("two.jsonl");
        Files.writeString(jsonl, jsonLine(first) + "\n{\"id\": \"broken\", \"text\": \n" + jsonLine(second) + "\n");
        Path parquet = dir.resolve("one.parquet");
        try (SparkSession spark = reader()) {
            StructType schema = new StructType().add("id", DataTypes.StringType).add("url", DataTypes.StringType)
                    .add("title", DataTypes.StringType).add("published", DataTypes.DateType).add("text", DataTypes.StringType);
            Row row = RowFactory.create(third.id(), third.url(), third.title(), Date.valueOf(third.published()), third.text());
            spark.createDataFrame(List.of(row), schema).coalesce(1).write().parquet(parquet.toString());
        }
        Path binary = dir.resolve("photo.bin");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 9, 0});
        Path missing = dir.resolve("missing.txt");
        String out = dir.resolve("out").toString();

        Run run = capture(() -> Main.run("--master", "local[2]", "--out", out,
                jsonl.toString(), parquet.toString(), binary.toString(), missing.toString()));

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("dyad: 3 articles, ").contains(", 3 inputs not coded;")
                .doesNotContain("Exception").doesNotContain("\tat ");
        for (String bad : List.of(jsonl + ":2", binary.toString(), missing.toString())) {
            assertThat(run.err().lines().filter(l -> l.startsWith("dyad: " + bad + ": ")).count()).as(bad).isEqualTo(1);
        }
        List<JsonNode> sparkEvents;
        List<String> errorInputs;
        try (SparkSession spark = reader()) {
            sparkEvents = spark.read().parquet(out + "/events").collectAsList().stream()
                    .map(r -> (JsonNode) JsonLinesWriter.toJson(EventRows.fromRow(r))).toList();
            errorInputs = spark.read().parquet(out + "/errors").collectAsList().stream().map(r -> r.getString(0)).toList();
        }
        List<String> ids = List.of(first.id(), second.id(), third.id());
        List<JsonNode> expected = cliEvents.stream().filter(e -> ids.contains(e.get("article_id").asText())).toList();
        assertThat(expected).isNotEmpty();
        assertThat(keys(sparkEvents)).containsExactlyInAnyOrderElementsOf(keys(expected));
        assertThat(sparkEvents).extracting(e -> e.get("input").asText())
                .allMatch(input -> input.equals(jsonl.toString()) || input.startsWith(parquet.toString()));
        assertThat(errorInputs).containsExactlyInAnyOrder(jsonl + ":2", binary.toString(), missing.toString());
    }

    /** (article_id, sentence, source_code, cameo, target_code, date, mode) of each event. */
    private static List<String> keys(List<JsonNode> events) {
        return events.stream().map(e -> String.join("|", e.get("article_id").asText(), e.get("sentence").asText(),
                e.get("source").get("code").asText(), e.get("cameo").asText(), e.get("target").get("code").asText(),
                e.get("date").asText(), e.get("mode").asText())).toList();
    }

    private static List<Article> demoArticles() {
        try (Stream<ReadOutcome> read = new ArticleSource(InputStream.nullInputStream()).read(List.of(DEMO))) {
            return read.map(o -> ((ReadOutcome.Read) o).article()).toList();
        }
    }

    private static String jsonLine(Article a) throws IOException {
        Map<String, String> record = new HashMap<>();
        record.put("id", a.id());
        record.put("url", a.url());
        record.put("title", a.title());
        record.put("published", a.published().toString());
        record.put("text", a.text());
        return JSON.writeValueAsString(record);
    }

    /** A second session, after the job's own has stopped, to read its output as a user would. */
    private static SparkSession reader() {
        return SparkSession.builder().master("local[1]").appName("dyad-it-reader")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                // "2021-06-16" and "2021-06" are both event dates: keep the partition values as text.
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .getOrCreate();
    }

    private interface Command {
        int run() throws Exception;
    }

    private static synchronized Run capture(Command command) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = command.run();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
