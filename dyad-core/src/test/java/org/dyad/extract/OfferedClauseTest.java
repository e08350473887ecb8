package org.dyad.extract;

import org.dyad.model.Mode;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.nlp.ConllU;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Poland offered to send tanks to Ukraine": the offer is aimed at Ukraine, and no tanks were sent yet. */
class OfferedClauseTest {

    private static final String OFFERED = """
            1\tPoland\tPoland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_
            4\tsend\tsend\tVERB\tVB\t_\t2\txcomp\t_\t_
            5\ttanks\ttank\tNOUN\tNNS\t_\t4\tobj\t_\t_
            6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_
            7\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobl\t_\t_
            8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """;

    private final List<Predication> found = Extracted.of(ConllU.parse(OFFERED, 0));

    private Predication of(String lemma) {
        return found.stream().filter(p -> p.lemma().equals(lemma)).findFirst().orElseThrow();
    }

    @Test
    void theGovernedClausesToPhrase_isWhereTheOfferIsAimed_afterItsObject() {
        assertThat(of("offer").embedded()).extracting(Phrase::text).containsExactly("tanks", "Ukraine");
    }

    @Test
    void whatIsOffered_isHypothetical() {
        assertThat(of("send").mode()).isEqualTo(Mode.HYPOTHETICAL);
    }
}
