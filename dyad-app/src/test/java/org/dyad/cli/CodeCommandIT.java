package org.dyad.cli;

import static org.dyad.cli.CliRun.dyad;

import org.dyad.cli.CliRun.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dyad code} as a user runs it: real CoreNLP, real files, good and bad inputs mixed. */
class CodeCommandIT {

    private static final String EXAMPLE = "../../shared/examples/moscow-times-2020-09-14-belarus-succession.txt";



    @Test
    void code_badInputsAmongGoodOnes_oneLineEachAndTheRestCoded(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("photo.bin");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 9, 0, 0, 0});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "   \n\n");
        Path badDate = dir.resolve("bad-date.txt");
        Files.writeString(badDate, "# A headline – Desk\n\nSeptember 45, 2020\n\nThe army shelled the town.\n");
        Path huge = dir.resolve("huge.txt");
        byte[] line = "Protesters marched in the capital on Sunday. ".getBytes(StandardCharsets.UTF_8);
        try (var w = Files.newOutputStream(huge)) {
            for (long n = 0; n < 12L * 1024 * 1024 / line.length; n++) {
                w.write(line);
            }
        }
        Path book = dir.resolve("book.jsonl");
        Files.writeString(book, "{\"id\":\"book\",\"text\":\"" + "The army shelled the town. ".repeat(40_000) + "\"}\n");
        Run run = dyad("code", "--format", "jsonl", binary.toString(), dir.resolve("missing.txt").toString(),
                EXAMPLE, empty.toString(), badDate.toString(), huge.toString(), book.toString());

        assertThat(run.status()).isEqualTo(1);
        List<String> errLines = run.err().lines().filter(l -> l.startsWith("dyad: ")).toList();
        for (Path bad : List.of(binary, dir.resolve("missing.txt"), empty, badDate, huge, book)) {
            assertThat(errLines).as("a line naming %s", bad).filteredOn(l -> l.contains(bad.toString())).hasSize(1);
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.outLines()).isNotEmpty().allSatisfy(l -> {
            JsonNode e = new ObjectMapper().readTree(l);
            for (String field : List.of("event_id", "article_id", "url", "input", "sentence", "date", "date_source",
                    "source", "target", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "mode",
                    "location", "attribution", "evidence", "confidence")) {
                assertThat(e.has(field)).as("field %s in %s", field, l).isTrue();
            }
            assertThat(e.get("input").asText()).endsWith("moscow-times-2020-09-14-belarus-succession.txt");
        });
    }

    @Test
    void code_explainWithJsonLines_stdoutStaysJson() {
        Run run = dyad("code", "--explain", EXAMPLE);
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{\"event_id\""));
        assertThat(run.err()).contains("skipped:");
    }

    @Test
    void code_unknownFormat_usageErrorStatusTwo() {
        Run run = dyad("code", "--format", "xml", EXAMPLE);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void code_tsv_headerAndRowsOfEqualWidth() {
        Run run = dyad("code", "--format", "tsv", EXAMPLE);
        assertThat(run.status()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).startsWith("event_id\tarticle_id\tdate");
        int columns = lines.get(0).split("\t", -1).length;
        assertThat(lines).hasSizeGreaterThan(1)
                .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(columns));
    }

    @Test
    void code_explainAndTable_tracesAndReadableRows() {
        Run run = dyad("code", "--format", "table", "--explain", EXAMPLE);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("skipped: reporting verb 'report'").contains("=> BLRGOV 042 RUS")
                .contains("published 2020-09-14");
    }

    @Test
    void code_plainTextFromStdin_publicationDateUnknownSaidSo() {
        var oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "Russian troops shelled the Ukrainian city of Kharkiv.".getBytes(StandardCharsets.UTF_8)));
            Run run = dyad("code", "--format", "table", "-");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("published unknown");
        } finally {
            System.setIn(oldIn);
        }
    }

    static String[] args(String... a) {
        return Arrays.copyOf(a, a.length);
    }
}
