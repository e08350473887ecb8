package org.dyad.extract;

import org.dyad.lexicon.Cues;

import org.dyad.Fixtures;
import org.dyad.model.Mode;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PredicationExtractorTest {

    private static final Set<String> EVENT_NOUNS = Set.of("talk", "crackdown", "sanction", "negotiation", "demand");
    private final PredicationExtractor extractor = new PredicationExtractor(Cues.bundled(), EVENT_NOUNS::contains);

    private List<Predication> extract(String start) {
        return extractor.extract(Fixtures.sentence("extraction.conllu", start));
    }

    private Predication only(String start, String lemma) {
        List<Predication> found = extract(start).stream().filter(p -> p.lemma().equals(lemma)).toList();
        assertThat(found).as("predications of '%s' in '%s'", lemma, start).hasSize(1);
        return found.get(0);
    }

    @Test
    void extract_activeVerb_subjectObjectPlaceAndTime() {
        Predication p = only("Police in Minsk", "arrest");
        assertThat(p.subject().text()).isEqualTo("Police");
        assertThat(p.object().text()).isEqualTo("dozens of opposition supporters");
        assertThat(p.time().value()).isEqualTo("2022-03-01");
        assertThat(p.mode()).isEqualTo(Mode.ASSERTED);
    }

    @Test
    void extract_passiveWithByPhrase_agentIsSubjectAndPatientIsObject() {
        Predication p = only("Hundreds of protesters", "detain");
        assertThat(p.subject().text()).isEqualTo("riot police");
        assertThat(p.object().text()).isEqualTo("Hundreds of protesters");
    }

    @Test
    void extract_agentlessPassive_impliedAgentFromPossessedEventNoun() {
        Predication p = only("Thousands of demonstrators", "detain");
        assertThat(p.subject()).isNull();
        assertThat(p.object().text()).isEqualTo("Thousands of demonstrators");
        assertThat(p.implied().text()).isEqualTo("the government");
    }

    @Test
    void extract_lightVerbWithConjoinedSubjects_oneNominalPredicationPerActorWithPartner() {
        List<Predication> talks = extract("Putin and Lukashenko").stream().filter(p -> p.lemma().equals("talk")).toList();
        assertThat(talks).hasSize(2);
        assertThat(talks).extracting(p -> p.subject().text()).containsExactly("Putin", "Lukashenko");
        assertThat(talks).extracting(p -> p.partner().text()).containsExactly("Lukashenko", "Putin");
        assertThat(talks).allSatisfy(p -> {
            assertThat(p.nominal()).isTrue();
            assertThat(p.mode()).isEqualTo(Mode.FUTURE);
            assertThat(p.time().value()).isEqualTo("2022-02-28");
            assertThat(p.place().text()).isEqualTo("Sochi");
        });
        assertThat(extract("Putin and Lukashenko")).noneMatch(p -> p.lemma().equals("hold"));
    }

    @Test
    void extract_negatedFutureWithReportingParataxis_negatedAndAttributed() {
        Predication p = only("The Kremlin will not", "accept");
        assertThat(p.mode()).isEqualTo(Mode.NEGATED);
        assertThat(p.subject().text()).isEqualTo("The Kremlin");
        assertThat(p.reporters()).extracting(r -> r.speaker().text()).containsExactly("officials");
    }

    @Test
    void extract_conditionalWithAccordingTo_hypotheticalAndAttributed() {
        Predication p = only("Russia could attack", "attack");
        assertThat(p.mode()).isEqualTo(Mode.HYPOTHETICAL);
        assertThat(p.object().text()).isEqualTo("Ukraine");
        assertThat(p.reporters()).extracting(r -> r.speaker().text()).containsExactly("two unnamed diplomats");
    }

    @Test
    void extract_citedAsSaying_chainOutermostFirst() {
        Predication p = only("Reuters cited", "sanction");
        assertThat(p.subject().text()).isEqualTo("China");
        assertThat(p.mode()).isEqualTo(Mode.FUTURE);
        assertThat(p.obliques()).anySatisfy(o -> {
            assertThat(o.preposition()).isEqualTo("on");
            assertThat(o.phrase().text()).isEqualTo("Lithuania");
        });
        assertThat(p.reporters()).extracting(r -> r.speaker().text())
                .containsExactly("Reuters", "three sources familiar with the matter");
    }

    @Test
    void extract_objectControl_controllerObjectsBecomeSubjects() {
        List<Predication> resume = extract("Turkey urged").stream().filter(p -> p.lemma().equals("negotiation")).toList();
        assertThat(resume).extracting(p -> p.subject().text()).containsExactlyInAnyOrder("Russia", "Ukraine");
        // What one is urged to do has not happened.
        assertThat(resume).allSatisfy(p -> assertThat(p.mode()).isEqualTo(Mode.HYPOTHETICAL));
    }

    @Test
    void extract_negatingControlVerb_governedEventNegated() {
        Predication p = only("Iran refused", "release");
        assertThat(p.subject().text()).isEqualTo("Iran");
        assertThat(p.mode()).isEqualTo(Mode.NEGATED);
    }

    @Test
    void extract_nominalWithPossessor_possessorIsAgent() {
        Predication p = only("The Kremlin will not", "demand");
        assertThat(p.subject().text()).isEqualTo("the opposition");
    }

    @Test
    void extract_everySpanInsideItsSentence() {
        for (Sentence s : Fixtures.conllu("extraction.conllu")) {
            for (Predication p : extractor.extract(s)) {
                for (var phrase : java.util.stream.Stream.of(p.subject(), p.object(), p.partner(), p.implied(), p.place())
                        .filter(java.util.Objects::nonNull).toList()) {
                    assertThat(phrase.start()).isBetween(0, s.size() - 1);
                    assertThat(phrase.end()).isBetween(phrase.start() + 1, s.size());
                    assertThat(phrase.head()).isBetween(phrase.start(), phrase.end() - 1);
                }
            }
        }
    }
}
