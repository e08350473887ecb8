package org.dyad.code;

import org.dyad.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names inside hyphenated compounds and possessives: "Hamas-led" leads, "Iran-backed" only backs,
 * "last Sunday's" is a day, "Port-au-Prince" is a city with no title in it, and a state's air strikes
 * are its military.
 */
class CompoundNamesTest {

    private static List<String> coded(String start) {
        return FixtureEvents.codes(LocalDate.of(2024, 6, 26), start);
    }

    @Test
    void whoLeads_acts() {
        assertThat(coded("Hamas-led fighters attacked")).contains("PSEREB 190 ISR");
        var protests = new org.dyad.extract.PredicationExtractor(org.dyad.lexicon.Cues.bundled(), lemma -> lemma.equals("protest"))
                .extract(Fixtures.sentence("coding.conllu", "After weeks of student-led protests"));
        assertThat(protests).filteredOn(p -> p.lemma().equals("protest")).singleElement()
                .satisfies(p -> assertThat(p.subject().text()).isEqualTo("student"));
    }

    @Test
    void whoBacks_doesNotAct() {
        assertThat(coded("Iran-backed militias attacked")).noneMatch(e -> e.startsWith("IRN"));
    }

    @Test
    void aDayIsNoAgent() {
        assertThat(coded("Radoicic said he had organised last Sunday's")).noneMatch(e -> e.contains("SUN"));
    }

    @Test
    void aTitleInsideACitysName_isNoTitle() {
        assertThat(coded("About 400 Kenyan police officers arrived in Port-au-Prince")).containsExactly("KENCOP 042 HTIGOV");
    }

    @Test
    void aStatesAirStrikes_areItsMilitary_andNoTargetOfThemselves() {
        assertThat(coded("The fighting began after explosions shook Kabul")).contains("AFGGOV 112 PAKMIL")
                .noneMatch(e -> e.endsWith("195 PAKMIL"));
    }
}
