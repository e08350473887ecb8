package org.dyad.extract;

import org.dyad.Fixtures;
import org.dyad.lexicon.Cues;
import org.dyad.model.Mode;
import org.dyad.model.Predication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "in a call with Kagame, called for a ceasefire": the call happened; only what is called for is
 * hypothetical, though "call" is a hypothetical cue ("in the event of unrest" stays hypothetical).
 */
class CircumstanceModeTest {

    private final PredicationExtractor extractor = new PredicationExtractor(Cues.bundled(), lemma -> true);

    @Test
    void aNounThatSaysHowTheVerbHappened_isAsserted_whatIsCalledForIsNot() {
        var predications = extractor.extract(Fixtures.sentence("coding.conllu", "Secretary of State Marco Rubio, in a call"));
        Predication call = predications.stream().filter(p -> p.nominal() && p.lemma().equals("call")).findFirst().orElseThrow();
        Predication ceasefire = predications.stream().filter(p -> p.lemma().equals("ceasefire")).findFirst().orElseThrow();
        assertThat(call.mode()).isEqualTo(Mode.ASSERTED);
        assertThat(ceasefire.mode()).isEqualTo(Mode.HYPOTHETICAL);
    }
}
