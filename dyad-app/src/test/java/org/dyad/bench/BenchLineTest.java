package org.dyad.bench;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchLineTest {

    private static final Pattern LINE = Pattern.compile("bench: sent_per_s=(\\S+) floor_sent_per_s=(\\S+) ratio=(\\S+)"
            + " own_share=(\\S+) peak_heap_mb=(\\d+) sent_per_cpu_s=(\\S+) floor_sent_per_cpu_s=(\\S+) cpu_ratio=(\\S+)"
            + " threads=(\\d+) articles=(\\d+) sentences=(\\d+)");

    @Test
    void format_startsWithTheDocumentedKeysAndComputesBothRatios() {
        BenchLine line = new BenchLine(84.0, 112.0, 45.0, 60.0, 0.0312, 2410, 2, 210, 2493);
        Matcher m = LINE.matcher(line.format());
        assertThat(m.matches()).as(line.format()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(84.0);
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(112.0);
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(0.75, within(0.0005));
        assertThat(Double.parseDouble(m.group(4))).isCloseTo(0.0312, within(0.00005));
        assertThat(m.group(5)).isEqualTo("2410");
        assertThat(Double.parseDouble(m.group(8))).isCloseTo(0.75, within(0.0005));
        assertThat(m.group(11)).isEqualTo("2493");
    }

    @Test
    void ratio_isDyadOverTheFloorNotTheOtherWayRound() {
        BenchLine line = new BenchLine(30.0, 120.0, 20.0, 100.0, 0.01, 1000, 1, 1, 1);
        assertThat(line.ratio()).isCloseTo(0.25, within(1e-9));
        assertThat(line.cpuRatio()).isCloseTo(0.2, within(1e-9));
        assertThat(new BenchLine(30.0, 0.0, 0, 0, 0, 0, 1, 0, 0).ratio()).isZero();
    }

    @Test
    void format_usesADecimalPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String formatted = new BenchLine(84.25, 100.0, 1, 1, 0.5, 1, 1, 1, 1).format();
            assertThat(formatted).contains("sent_per_s=84.3 ").contains("ratio=0.843 ").doesNotContain(",");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void givenParseLine_namesTheCodersOwnSpeedFirst() {
        String formatted = new GivenParseLine(61234.4, 70000.2, 812.6, 284, 290, 20, 900).format();
        assertThat(formatted).startsWith("bench: given_parse_sent_per_s=61234 parse_sent_per_s=813 records=284")
                .endsWith(" given_parse_sent_per_cpu_s=70000");
    }
}
