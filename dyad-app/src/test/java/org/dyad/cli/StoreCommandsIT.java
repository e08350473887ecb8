package org.dyad.cli;

import static org.dyad.cli.CliRun.dyad;

import org.dyad.cli.CliRun.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dyad ingest}, {@code query} and {@code reindex} as a user runs them, on real CoreNLP and a
 * real DuckDB file: the demo corpus and the Belarus example of DESIGN.md, checked against what
 * {@code dyad code} says of the same input.
 */
class StoreCommandsIT {

    private static final String EXAMPLE = "../../shared/examples/moscow-times-2020-09-14-belarus-succession.txt";
    private static final String DEMO = "../demo/articles";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static List<JsonNode> coded;
    private static Run firstIngest;
    private static String store;



    @BeforeAll
    static void codeAndIngest() throws Exception {
        Run code = dyad("code", "--format", "jsonl", DEMO, EXAMPLE);
        assertThat(code.status()).as(code.err()).isZero();
        coded = new ArrayList<>();
        for (String l : code.outLines()) {
            coded.add(JSON.readTree(l));
        }
        store = dir.resolve("store/dyad.duckdb").toString();
        firstIngest = dyad("ingest", "--store", store, DEMO, EXAMPLE);
    }

    private static long field(String summary, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=(\\d+)").matcher(summary);
        assertThat(m.find()).as("%s in %s", name, summary).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The articles ingested: one a file of the demo corpus, and the example. */
    private static long inputFiles() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(DEMO))) {
            return files.filter(f -> f.toString().endsWith(".txt")).count() + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.get("event_id").asText()).collect(Collectors.toSet());
    }

    private static boolean side(JsonNode actor, String prefix) {
        return actor.get("code").asText().startsWith(prefix);
    }

    @Test
    void ingest_demoAndExample_storesEveryArticleAndEveryCodedEvent() {
        assertThat(firstIngest.status()).as(firstIngest.err()).isZero();
        String summary = firstIngest.outLines().get(firstIngest.outLines().size() - 1);
        assertThat(summary).startsWith("ingest: ");
        long articles = coded.stream().map(e -> e.get("article_id").asText()).distinct().count();
        assertThat(field(summary, "articles")).isEqualTo(inputFiles()).isGreaterThanOrEqualTo(articles);
        assertThat(field(summary, "added")).isEqualTo(inputFiles());
        assertThat(field(summary, "events")).isEqualTo(coded.size());
        assertThat(field(summary, "failed")).isZero();
    }

    @Test
    void query_dyadRussiaBelarus_listsTheEventsTheCoderFound() throws Exception {
        List<JsonNode> expected = coded.stream()
                .filter(e -> (side(e.get("source"), "RUS") && side(e.get("target"), "BLR"))
                        || (side(e.get("source"), "BLR") && side(e.get("target"), "RUS")))
                .toList();
        assertThat(expected).as("the Belarus example has Russia–Belarus events").hasSizeGreaterThanOrEqualTo(2);
        Run run = dyad("query", "--store", store, "--dyad", "RUS,BLR", "--format", "jsonl");
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> got = new ArrayList<>();
        for (String l : run.outLines()) {
            got.add(JSON.readTree(l));
        }
        assertThat(ids(got)).isEqualTo(ids(expected));
        assertThat(got).allSatisfy(e -> assertThat(e.get("explanation").asText()).contains("=> "));
        assertThat(run.err()).contains("query: " + expected.size() + " of " + expected.size() + " events");

        Run table = dyad("query", "--store", store, "--dyad", "RUS,BLR");
        assertThat(table.outLines()).hasSize(expected.size() + 1);
        assertThat(table.outLines().get(0)).startsWith("date").contains("source").contains("according to");
    }

    @Test
    void query_countryAndAggregates_matchTheCoderOutput() {
        long russia = coded.stream().filter(e -> "RUS".equals(e.get("source").get("country").asText(null))
                || "RUS".equals(e.get("target").get("country").asText(null))).count();
        Run run = dyad("query", "--store", store, "--country", "RUS", "--format", "tsv", "--limit", "1000");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize((int) russia + 1);

        Run dyads = dyad("query", "--store", store, "--top-dyads", "1000", "--format", "tsv");
        long summed = dyads.outLines().stream().skip(1).mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
        assertThat(summed).isEqualTo(coded.size());

        Run series = dyad("query", "--store", store, "--country", "BLR", "--series", "month", "--format", "tsv");
        assertThat(series.status()).isZero();
        assertThat(series.outLines().get(0)).isEqualTo("period\tquad_class\tevents\tgoldstein");
        assertThat(series.outLines()).anySatisfy(l -> assertThat(l).startsWith("2020-09-01\t"));
    }

    @Test
    void ingest_again_changesNothing() {
        Run again = dyad("ingest", "--store", store, EXAMPLE);
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("articles=1 added=0 unchanged=1 replaced=0 events=0 failed=0");
    }

    @Test
    void query_badParameters_oneLineNamingItStatusTwo() {
        for (String[] bad : List.of(new String[] {"--country", "Russia"}, new String[] {"--from", "2020-02-30"},
                new String[] {"--limit", "0"}, new String[] {"--format", "xml"}, new String[] {"--series", "year"},
                new String[] {"--top-dyads", "x"}, new String[] {"--q", "title:(open"})) {
            Run run = dyad("query", "--store", store, bad[0], bad[1]);
            assertThat(run.status()).as("%s %s", bad[0], bad[1]).isEqualTo(2);
            assertThat(run.err().lines().toList()).hasSize(1).first().asString().startsWith("dyad: " + bad[0]);
        }
    }

    @Test
    void search_andReindex_findTheExample() {
        Run reindex = dyad("reindex", "--store", store);
        assertThat(reindex.status()).isZero();
        assertThat(reindex.out()).startsWith("reindex: " + inputFiles() + " articles indexed in");
        // Only the example speaks of "Slavic Brotherhood" drills: the text filter gives its events and no others.
        long exampleEvents = coded.stream().filter(e -> e.get("input").asText().endsWith("belarus-succession.txt")).count();
        Run run = dyad("query", "--store", store, "--q", "\"Slavic Brotherhood\"", "--format", "jsonl");
        assertThat(run.outLines()).hasSize((int) exampleEvents)
                .allSatisfy(l -> assertThat(l).contains("moscow-times-2020-09-14-belarus-succession.txt"));
    }

    @Test
    void query_noStoreThere_oneLineSayingToIngestFirst() {
        String missing = dir.resolve("nowhere/none.duckdb").toString();
        Run run = dyad("query", "--store", missing, "--country", "RUS");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().contains("no store at").contains("dyad ingest");
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of(missing))).isFalse();
    }

    @Test
    void ingest_unreachablePostgres_oneLineWithTheFix() {
        Run run = dyad("ingest", "--store", "jdbc:postgresql://127.0.0.1:1/dyad", EXAMPLE);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().contains("cannot reach PostgreSQL");
    }
}
