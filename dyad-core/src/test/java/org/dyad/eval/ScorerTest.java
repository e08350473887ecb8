package org.dyad.eval;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerTest {

    private static ValidationRecord record(String category, EventKey... expected) {
        return new ValidationRecord("r", category, null, "text", Set.of(expected));
    }

    @Test
    void score_equalSets_passAndPerfectF1() {
        Scorer s = new Scorer();
        assertThat(s.score(record("VERB", new EventKey("ELF", "GON", "032")), Set.of(new EventKey("ELF", "GON", "032")))).isTrue();
        assertThat(s.score(record("VERB"), Set.of())).isTrue();
        assertThat(s.summary()).isEqualTo("eval: records=2 passed=2 exact_f1=1.000 root_f1=1.000");
    }

    @Test
    void score_wrongSubCodeSameRoot_failsExactButCountsAtRoot() {
        Scorer s = new Scorer();
        assertThat(s.score(record("VERB", new EventKey("ELF", "GON", "032")), Set.of(new EventKey("ELF", "GON", "036")))).isFalse();
        assertThat(s.exactF1()).isZero();
        assertThat(s.rootF1()).isEqualTo(1.0);
    }

    @Test
    void score_extraEventOnANoEventsRecord_failsAndCountsAsFalsePositive() {
        Scorer s = new Scorer();
        s.score(record("DEMO", new EventKey("A", "B", "010")), Set.of(new EventKey("A", "B", "010")));
        assertThat(s.score(record("DEMO"), Set.of(new EventKey("A", "B", "190")))).isFalse();
        // tp=1, fp=1, fn=0 → F1 = 2/3
        assertThat(s.exactF1()).isCloseTo(0.667, org.assertj.core.api.Assertions.within(0.001));
        assertThat(s.categories().get("DEMO")).containsExactly(2, 1);
    }
}
