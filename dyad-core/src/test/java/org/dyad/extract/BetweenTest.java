package org.dyad.extract;

import org.dyad.Fixtures;
import org.dyad.lexicon.Cues;
import org.dyad.model.Predication;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "a ceasefire between Israel and Iran": an event noun with no agent is each side's towards the other. */
class BetweenTest {

    private final PredicationExtractor extractor = new PredicationExtractor(Cues.bundled(), lemma -> true);

    @Test
    void anEventNounBetweenTwoSides_isEachSidesTowardsTheOther() {
        List<Predication> ceasefire = extractor.extract(Fixtures.sentence("coding.conllu", "A ceasefire between Israel and Iran"))
                .stream().filter(p -> p.lemma().equals("ceasefire")).toList();
        assertThat(ceasefire).extracting(p -> p.subject().text() + ">" + p.partner().text())
                .containsExactlyInAnyOrder("Israel>Iran", "Iran>Israel");
        assertThat(ceasefire).allSatisfy(p -> assertThat(p.obliques()).noneMatch(o -> o.preposition().equals("between")));
    }

    @Test
    void withAnAgent_theSidesStayWhatItActsOn() {
        List<Predication> talks = extractor.extract(Fixtures.sentence("coding.conllu", "Iraq hosted talks between Iran"))
                .stream().filter(p -> p.lemma().equals("talk")).toList();
        assertThat(talks).isNotEmpty().allSatisfy(p -> {
            assertThat(p.subject().text()).isEqualTo("Iraq");
            assertThat(p.obliques()).anyMatch(o -> o.preposition().equals("between"));
        });
    }

    @Test
    void aGerundThatBreaksOutBetweenTwoSides_isTheirFighting() {
        List<Predication> fighting = extractor.extract(Fixtures.sentence("coding.conllu", "Fighting broke out between Sudan's army"))
                .stream().filter(p -> p.nominal() && p.lemma().equals("fighting")).toList();
        assertThat(fighting).extracting(p -> p.subject().text() + ">" + p.partner().text())
                .containsExactlyInAnyOrder("Sudan's army>the Rapid Support Forces", "the Rapid Support Forces>Sudan's army");
    }
}
