package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation's dated code (organisations.txt, fourth field): the Taliban govern from 2021-08-15. */
class DatedOrganisationTest {

    private static List<String> coded(LocalDate published) {
        return FixtureEvents.codes(published, "The Taliban accused Pakistan");
    }

    @Test
    void theTaliban_areInsurgentsBeforeTheFallOfKabul_andTheGovernmentAfter() {
        assertThat(coded(LocalDate.of(2019, 3, 1))).containsExactly("AFGREB 112 PAK");
        assertThat(coded(LocalDate.of(2023, 3, 1))).containsExactly("AFGGOV 112 PAK");
    }
}
