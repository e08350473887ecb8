package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a phrase names: an office over a rank, an ethnic group not a state, "he" for a titled person just named. */
class TitlesAndPeoplesTest {

    private static List<String> coded(String start) {
        return FixtureEvents.codes(LocalDate.of(2025, 5, 7), start);
    }

    @Test
    void anOfficeHeldByAGeneral_isTheOffice() {
        assertThat(coded("Marco Rubio spoke with Pakistan's national security adviser")).containsExactly("USAGOV 040 PAKGOV");
    }

    @Test
    void ethnicAlbanians_areNotAlbania() {
        assertThat(coded("Serbian police detained dozens of ethnic Albanians")).noneMatch(e -> e.contains("ALB"));
    }

    @Test
    void he_isTheTitledSpeakerNamedBefore() {
        assertThat(coded("Houthi deputy foreign minister Hussein al-Ezzi said he")).containsExactly("YEMREB 190 USA");
    }

    @Test
    void whatACapitalOwns_isItsGovernments_butAPlaceInItIsTheCountrys() {
        assertThat(coded("Iran's foreign ministry condemned Washington's sanctions")).containsExactly("IRNGOV 111 USAGOV");
        assertThat(coded("Hours before the announcement, Israeli warplanes struck Sanaa's")).containsExactly("ISRMIL 190 YEM");
    }
}
