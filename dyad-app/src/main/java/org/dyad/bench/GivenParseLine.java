package org.dyad.bench;

import java.util.Locale;

/**
 * The closing line of {@code dyad bench --given-parse}: the coder's own speed (extraction and
 * coding, one thread, after warm-up) and, apart, the speed of reading the given trees.
 */
public record GivenParseLine(double sentPerSecond, double sentPerCpuSecond, double parseSentPerSecond, int records,
                             long sentences, int passes, long peakHeapMb) {

    public String format() {
        return String.format(Locale.ROOT,
                "bench: given_parse_sent_per_s=%.0f parse_sent_per_s=%.0f records=%d sentences=%d passes=%d peak_heap_mb=%d"
                        + " given_parse_sent_per_cpu_s=%.0f",
                sentPerSecond, parseSentPerSecond, records, sentences, passes, peakHeapMb, sentPerCpuSecond);
    }
}
