package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "urged both sides", "urged the two countries": each of the two parties the sentence named before. */
class PairTest {

    private static List<String> coded(String start) {
        return FixtureEvents.codes(LocalDate.of(2025, 5, 7), start);
    }

    @Test
    void bothSides_areTheTwoPartiesNamedBefore_notTheSource() {
        assertThat(coded("Marco Rubio spoke with India's national security adviser, Ajit Doval"))
                .contains("USAGOV 020 INDGOV", "USAGOV 020 PAKGOV");
    }

    @Test
    void theTwoCountries_areTheTwoCountriesNamedBefore() {
        assertThat(coded("Fighting between Thailand and Cambodia")).contains("CHN 020 THA", "CHN 020 KHM");
    }

    @Test
    void bothSides_withNoTwoPartiesInTheSentence_areTheTwoTheArticleNamesMost() {
        assertThat(FixtureEvents.codes(java.time.LocalDate.of(2025, 10, 19), "Pakistan and Afghanistan traded fire",
                "Saudi Arabia and Qatar had called on both sides"))
                .contains("SAU 020 PAK", "SAU 020 AFG", "QAT 020 PAK", "QAT 020 AFG");
    }
}
