package org.dyad.extract;

import org.dyad.model.Mode;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.nlp.ConllU;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What one is obliged to do has not been done: "states are obliged to arrest him". */
class ObligationModeTest {

    private Mode modeOfArrest(String conllu) {
        Sentence s = ConllU.parse(conllu, 0);
        Predication arrest = Extracted.first(s, "arrest");
        return arrest.mode();
    }

    @Test
    void obligedTo_isHypothetical() {
        assertThat(modeOfArrest("""
                1\tStates\tstate\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_
                2\tare\tbe\tAUX\tVBP\t_\t3\taux:pass\t_\t_
                3\tobliged\toblige\tVERB\tVBN\t_\t0\troot\t_\t_
                4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_
                5\tarrest\tarrest\tVERB\tVB\t_\t3\txcomp\t_\t_
                6\thim\the\tPRON\tPRP\t_\t5\tobj\t_\t_
                7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
                """)).isEqualTo(Mode.HYPOTHETICAL);
    }

    @Test
    void plainPast_isAsserted() {
        assertThat(modeOfArrest("""
                1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
                2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_
                3\thim\the\tPRON\tPRP\t_\t2\tobj\t_\t_
                4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
                """)).isEqualTo(Mode.ASSERTED);
    }
}
