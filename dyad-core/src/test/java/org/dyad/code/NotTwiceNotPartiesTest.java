package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "turned to Russia for security help": the noun a verb's entry names is coded with the verb, not
 * again as the asker's own aid; "all parties" to a conflict are no political parties.
 */
class NotTwiceNotPartiesTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 25);

    @Test
    void aNounTheVerbsEntryNames_isNotCodedAgainOnItsOwn() {
        assertThat(FixtureEvents.codes(DAY, "Mali and Burkina Faso have already forced French troops out"))
                .anyMatch(e -> e.matches("(MLI|BFA) 023\\d? RUS")).noneMatch(e -> e.matches("(MLI|BFA) 07\\d+ RUS"));
    }

    @Test
    void allParties_areNoPoliticalParties() {
        assertThat(FixtureEvents.codes(DAY, "The U.N. Support Mission in Libya urged all parties")).noneMatch(e -> e.contains("PTY"));
    }
}
