package org.dyad.code;

import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "issued a statement condemning …", "adopted a resolution demanding …": a document (cues.txt)
 * speaks for whoever issued it, and when it was issued.
 */
class DocumentSpeaksTest {

    private static List<Event> coded(String start, LocalDate published) {
        return FixtureEvents.events(published, start);
    }

    @Test
    void aStatementSpeaksForItsIssuer() {
        assertThat(coded("The European Union issued a statement condemning", LocalDate.of(2023, 12, 29)))
                .extracting(e -> e.source().code() + " " + e.cameo().root() + " " + e.target().code())
                .contains("IGOEEC 11 RUS");
    }

    @Test
    void aResolutionSpeaksForTheCouncil_onTheDayItWasAdopted() {
        List<Event> events = coded("On Wednesday, the U.N. Security Council adopted", LocalDate.of(2023, 12, 15));
        assertThat(events).filteredOn(e -> e.source().code().value().equals("IGOUNO"))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().root()).isEqualTo("10");
                    assertThat(e.target().code().value()).isEqualTo("YEMREB");
                    assertThat(e.date().value()).isEqualTo("2023-12-13");
                });
    }
}
