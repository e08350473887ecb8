package org.dyad.bench;

import java.util.Locale;

/**
 * The closing line of {@code dyad bench} on raw text, for scripts:
 * {@code bench: sent_per_s=X floor_sent_per_s=Y ratio=X/Y own_share=S peak_heap_mb=H}, then the
 * same by CPU time, the thread count and the corpus size. Numbers use a decimal point whatever the locale.
 *
 * @param ownShare share of stage time spent in Dyad's own stages (read, extract, code, dedupe, write)
 */
public record BenchLine(double sentPerSecond, double floorSentPerSecond, double sentPerCpuSecond,
                        double floorSentPerCpuSecond, double ownShare, long peakHeapMb, int threads, int articles,
                        long sentences) {

    /** Dyad's throughput as a fraction of the bare CoreNLP floor's, measured in the same run. */
    public double ratio() {
        return floorSentPerSecond == 0 ? 0 : sentPerSecond / floorSentPerSecond;
    }

    /**
     * The same ratio by CPU time, which the load of other programs on a shared machine does not
     * skew: sentences per CPU second of the threads that did the work, Dyad's over the floor's.
     */
    public double cpuRatio() {
        return floorSentPerCpuSecond == 0 ? 0 : sentPerCpuSecond / floorSentPerCpuSecond;
    }

    public String format() {
        return String.format(Locale.ROOT,
                "bench: sent_per_s=%.1f floor_sent_per_s=%.1f ratio=%.3f own_share=%.4f peak_heap_mb=%d"
                        + " sent_per_cpu_s=%.1f floor_sent_per_cpu_s=%.1f cpu_ratio=%.3f threads=%d articles=%d sentences=%d",
                sentPerSecond, floorSentPerSecond, ratio(), ownShare, peakHeapMb, sentPerCpuSecond, floorSentPerCpuSecond,
                cpuRatio(), threads, articles, sentences);
    }
}
