package org.dyad.pipeline;

/** Nanoseconds spent in each stage for one article (or summed over many). */
public record StageTimes(long annotate, long extract, long code, long dedupe) {

    public static final StageTimes ZERO = new StageTimes(0, 0, 0, 0);

    public StageTimes plus(StageTimes o) {
        return new StageTimes(annotate + o.annotate, extract + o.extract, code + o.code, dedupe + o.dedupe);
    }

    public long total() {
        return annotate + extract + code + dedupe;
    }
}
