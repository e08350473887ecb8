package org.dyad.code;

import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "was unhappy with Israel", "is concerned about …": an adjective as its clause's predicate is coded as a verb. */
class StanceTest {

    private static List<Event> events(String start) {
        return FixtureEvents.events(LocalDate.of(2025, 6, 24), start);
    }

    private static List<String> coded(String start) {
        return events(start).stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }

    @Test
    void aPredicateAdjective_isAStance() {
        assertThat(coded("Trump said he was especially unhappy with Israel")).containsExactly("USAGOV 111 ISR");
        assertThat(coded("China is deeply concerned about the Japanese military buildup")).containsExactly("CHN 012 JPNMIL");
    }

    @Test
    void aNegatedStance_isNegated() {
        assertThat(events("The Kremlin was not unhappy with the Ukrainian offer"))
                .singleElement().satisfies(e -> assertThat(e.mode().label()).isEqualTo("negated"));
    }
}
