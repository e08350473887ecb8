package org.dyad.extract;

import org.dyad.model.Predication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "retaliated by closing", "after accusing": CoreNLP hangs the gerund on its preposition and the
 * preposition on the verb as an adverb; the gerund's subject is the verb's.
 */
class GerundAfterPrepositionTest {

    private static Predication of(String start, String lemma) {
        return Extracted.first(start, lemma);
    }

    @Test
    void aByGerund_takesTheSubjectOfTheVerbItHangsOn() {
        Predication closing = of("Pakistan retaliated by closing", "close");
        assertThat(closing.subject().text()).isEqualTo("Pakistan");
        assertThat(closing.object().text()).startsWith("its airspace");
    }

    @Test
    void anAfterGerund_takesTheSubjectOfTheVerbItHangsOn() {
        assertThat(of("Abiy sent troops into Tigray", "accuse").subject().text()).isEqualTo("Abiy");
    }
}
