package org.dyad.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores coded events against validation records as PETRARCH's validation does: a record passes
 * when the set of codings equals the expected set (an empty set when none are expected). Across
 * records it counts exact (source, target, code) and root-level (source, target, root) matches for
 * F1. Not thread-safe: one scorer per run.
 */
public final class Scorer {

    private int records;
    private int passed;
    private final int[] exact = new int[3];
    private final int[] root = new int[3];
    private final Map<String, int[]> categories = new LinkedHashMap<>();

    /** Scores one record; returns whether it passed. */
    public boolean score(ValidationRecord record, Set<EventKey> got) {
        records++;
        boolean pass = record.expected().equals(got);
        if (pass) {
            passed++;
        }
        int[] c = categories.computeIfAbsent(record.category(), k -> new int[2]);
        c[0]++;
        c[1] += pass ? 1 : 0;
        count(record.expected(), got, exact);
        count(roots(record.expected()), roots(got), root);
        return pass;
    }

    private static Set<EventKey> roots(Set<EventKey> codings) {
        return codings.stream().map(EventKey::atRoot).collect(Collectors.toSet());
    }

    private static void count(Set<EventKey> expected, Set<EventKey> got, int[] tpFpFn) {
        Set<EventKey> hit = new HashSet<>(got);
        hit.retainAll(expected);
        tpFpFn[0] += hit.size();
        tpFpFn[1] += got.size() - hit.size();
        tpFpFn[2] += expected.size() - hit.size();
    }

    public int records() {
        return records;
    }

    public int passed() {
        return passed;
    }

    public double exactF1() {
        return f1(exact);
    }

    public double rootF1() {
        return f1(root);
    }

    /** Per category: {records, passed}, in the order first seen. */
    public Map<String, int[]> categories() {
        return categories;
    }

    private static double f1(int[] c) {
        double denominator = 2.0 * c[0] + c[1] + c[2];
        return denominator == 0 ? 1.0 : 2.0 * c[0] / denominator;
    }

    /** The closing line of {@code dyad eval}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "eval: records=%d passed=%d exact_f1=%.3f root_f1=%.3f",
                records, passed, exactF1(), rootF1());
    }
}
