package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two conjoined subjects act on each other only in events done together (talks, deals, fighting)
 * or when the sentence says so ("each other"); "Britain and France demanded" is aimed at neither.
 */
class ConjoinedSubjectsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 28);

    @Test
    void aDemandOfTwo_isNotAimedAtEachOther() {
        assertThat(FixtureEvents.codes(DAY, "Britain and France called on Syria"))
                .contains("GBR 020 SYR", "FRA 020 SYR").noneMatch(e -> e.matches("(GBR|FRA) \\d+ (GBR|FRA)"));
    }

    @Test
    void eachOther_isTheOther() {
        assertThat(FixtureEvents.codes(DAY, "Armenia and Azerbaijan accused each other")).containsExactlyInAnyOrder("ARM 112 AZE", "AZE 112 ARM");
    }
}
