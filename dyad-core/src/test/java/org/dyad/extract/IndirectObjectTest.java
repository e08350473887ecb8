package org.dyad.extract;

import org.dyad.model.Oblique;
import org.dyad.model.Predication;
import org.dyad.nlp.ConllU;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "promised Kyiv more weapons" says the same as "promised more weapons to Kyiv". */
class IndirectObjectTest {

    private Predication promise(String conllu) {
        return Extracted.first(ConllU.parse(conllu, 0), "promise");
    }

    @Test
    void anIndirectObjectBesideADirectOne_isTheOneGivenTo() {
        Predication p = promise("""
                1\tBiden\tBiden\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
                2\tpromised\tpromise\tVERB\tVBD\t_\t0\troot\t_\t_
                3\tKyiv\tKyiv\tPROPN\tNNP\t_\t2\tiobj\t_\t_
                4\tmore\tmore\tADJ\tJJR\t_\t5\tamod\t_\t_
                5\tweapons\tweapon\tNOUN\tNNS\t_\t2\tobj\t_\t_
                6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

                """);
        assertThat(p.object().text()).isEqualTo("more weapons");
        assertThat(p.obliques()).extracting(Oblique::preposition, o -> o.phrase().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("to", "Kyiv"));
    }

    @Test
    void anIndirectObjectAlone_staysTheObject() {
        Predication p = promise("""
                1\tBiden\tBiden\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
                2\tpromised\tpromise\tVERB\tVBD\t_\t0\troot\t_\t_
                3\tKyiv\tKyiv\tPROPN\tNNP\t_\t2\tiobj\t_\t_
                4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

                """);
        assertThat(p.object().text()).isEqualTo("Kyiv");
        assertThat(p.obliques()).isEmpty();
    }
}
