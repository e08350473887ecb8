package org.dyad.extract;

import org.dyad.model.Predication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A participle set off by a comma ("…, killing six civilians") speaks for its clause's subject. */
class CommaParticipleTest {

    private static Predication of(String start, String lemma) {
        return Extracted.first(start, lemma);
    }

    @Test
    void aLooseParticiple_takesTheClausesSubject() {
        // CoreNLP leaves "killing" as a bare dependent ("dep") of "shelled".
        assertThat(of("The army shelled the town", "kill").subject().text()).isEqualTo("The army");
    }

    @Test
    void aParticipleHungOnTheObject_takesTheClausesSubject_notTheObject() {
        // CoreNLP hangs "accusing" on "protesters" as a clause of the noun.
        assertThat(of("Police in Moscow detained", "accuse").subject().text()).isEqualTo("Police");
    }
}
