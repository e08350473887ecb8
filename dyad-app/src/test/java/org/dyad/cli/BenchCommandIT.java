package org.dyad.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code dyad bench} as a user runs it, on real CoreNLP: the closing line is there and adds up. */
class BenchCommandIT {

    private static final Pattern LINE = Pattern.compile("bench: sent_per_s=(\\S+) floor_sent_per_s=(\\S+) ratio=(\\S+)"
            + " own_share=(\\S+) peak_heap_mb=(\\d+) sent_per_cpu_s=(\\S+) floor_sent_per_cpu_s=(\\S+) cpu_ratio=(\\S+)"
            + " threads=(\\d+) articles=(\\d+) sentences=(\\d+)");

    private static synchronized List<String> dyad(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.run(args)).isZero();
            return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void bench_twoDemoArticles_closingLineWithRatioOfDyadToTheFloor() {
        List<String> lines = dyad("bench", "--threads", "1", "../demo/articles/biden-putin-geneva-summit-2021.txt",
                "../demo/articles/navalny-protests-detentions-2021.txt");
        Matcher m = LINE.matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(lines.get(lines.size() - 1)).isTrue();
        double dyad = Double.parseDouble(m.group(1));
        double floor = Double.parseDouble(m.group(2));
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(dyad / floor, within(0.002 + 0.01 * dyad / floor));
        assertThat(Double.parseDouble(m.group(4))).isBetween(0.0, 1.0);
        assertThat(Long.parseLong(m.group(5))).isPositive();
        assertThat(m.group(9)).isEqualTo("1");
        assertThat(m.group(10)).isEqualTo("2");
        // Two articles of about ten sentences each, headlines included.
        assertThat(Integer.parseInt(m.group(11))).isBetween(15, 30);
        assertThat(lines).anyMatch(l -> l.startsWith("stage shares")).anyMatch(l -> l.startsWith("floor:"));
    }

    @Test
    void bench_givenParse_theCodersOwnSpeedOnTheRecordsParses() {
        List<String> lines = dyad("bench", "--repeat", "1", "--given-parse",
                "../../shared/third_party/petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml");
        assertThat(lines.get(lines.size() - 1)).matches("bench: given_parse_sent_per_s=\\d+ parse_sent_per_s=\\d+ records=284"
                + " sentences=\\d+ passes=1 peak_heap_mb=\\d+ given_parse_sent_per_cpu_s=\\d+");
    }
}
