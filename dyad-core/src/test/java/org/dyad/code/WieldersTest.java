package org.dyad.code;

import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who acts through what it wields: "with strikes that killed …", "with missiles fired at …",
 * "carried out strikes that killed …"; and who "it" is in the second thing a speaker says.
 */
class WieldersTest {

    private static List<Event> events(String start) {
        return FixtureEvents.events(LocalDate.of(2025, 10, 19), start);
    }

    private static List<String> coded(String start) {
        return events(start).stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }

    @Test
    void strikesThatKill_killForWhoeverLaunchedThem_onTheDayTheyWereLaunched() {
        assertThat(events("Israel launched the war on June 13")).filteredOn(e -> e.target().code().value().equals("IRNMIL"))
                .singleElement().satisfies(e -> {
                    assertThat(e.source().code().value()).isEqualTo("ISR");
                    assertThat(e.date().value()).isEqualTo("2025-06-13");
                });
        assertThat(coded("Russia carried out strikes that killed")).containsExactly("RUS 190 UKRCVL");
    }

    @Test
    void missilesFiredByWhoeverAnswersWithThem() {
        assertThat(coded("Iran answered with waves of ballistic missiles")).containsExactly("IRN 190 ISR");
    }

    @Test
    void theStrikesSomeoneElseCondemns_areNotTheirs() {
        assertThat(coded("The EU condemned the strikes that killed")).noneMatch(e -> e.startsWith("IGOEEC 190"));
    }

    @Test
    void itInTheSecondThingSaid_isTheSpeaker_andAGoverningGroupsForcesAreItsMilitary() {
        assertThat(coded("Pakistan's military said 23 of its soldiers")).anyMatch(e -> e.startsWith("PAKMIL 190 "));
        assertThat(coded("On the night of Oct. 11, Afghan Taliban forces")).containsExactly("AFGMIL 190 PAKMIL");
    }
}
