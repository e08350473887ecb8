package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A crowd in protest (cues.txt, crowd) that attacks riots (145); an armed group's attack stays an assault. */
class CrowdViolenceTest {

    private static List<String> codes(String start) {
        return FixtureEvents.events(LocalDate.of(2025, 1, 28), start).stream().map(e -> e.cameo().value()).toList();
    }

    @Test
    void protestersWhoAttack_riot() {
        assertThat(codes("Thousands of protesters attacked the Rwandan embassy")).containsExactly("145");
    }

    @Test
    void rebelsWhoAttack_assault() {
        assertThat(codes("Rebels attacked the Rwandan embassy")).singleElement().satisfies(c -> assertThat(c).startsWith("19"));
    }
}
