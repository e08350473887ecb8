package org.dyad.code;

import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "sent police under a mission to help the Haitian police fight …": a purpose noun (cues.txt) makes
 * its clause the verb's subject's, and "help X fight" helps X. "signed an agreement … on Wednesday to
 * …": a day the parser hangs on the object dates the verb.
 */
class PurposeTest {

    private static List<Event> coded(String start, LocalDate published) {
        return FixtureEvents.events(published, start);
    }

    @Test
    void theMissionsPurposeIsTheSenders_andHelpingXFightHelpsX() {
        assertThat(coded("Kenya sent police officers to Haiti", LocalDate.of(2024, 6, 26)))
                .extracting(e -> e.source().code() + " " + e.cameo().root() + " " + e.target().code())
                .contains("KEN 07 HTICOP");
    }

    @Test
    void aDayOnTheObjectDatesTheSigning() {
        assertThat(coded("Ethiopia's federal government and the Tigray People's Liberation Front signed", LocalDate.of(2022, 11, 3)))
                .filteredOn(e -> e.cameo().value().equals("057"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2022-11-02"));
    }
}
