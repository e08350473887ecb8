package org.dyad.nlp;

import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConllUTest {

    private static final String BLOCK = """
            # text = Russia's army advanced.
            1\tRussia\tRussia\t_\tNNP\t_\t3\tnmod:poss\t_\tNER=COUNTRY|SpaceAfter=No
            2\t's\t's\t_\tPOS\t_\t1\tcase\t_\t_
            3\tarmy\tarmy\t_\tNN\t_\t4\tnsubj\t_\t_
            4\tadvanced\tadvance\t_\tVBD\t_\t0\troot\t_\tSpaceAfter=No
            5\t.\t.\t_\t.\t_\t4\tpunct\t_\t_
            """;

    @Test
    void spaceAfterNo_keepsTheTokensOffsetsOnTheTextAsWritten() {
        Sentence s = ConllU.parse(BLOCK, 0);
        assertThat(s.words(0, 3)).isEqualTo("Russia's army");
        assertThat(s.token(1).begin()).isEqualTo(s.token(0).end());
        assertThat(s.token(2).begin()).isEqualTo(s.token(1).end() + 1);
    }

    @Test
    void write_thenParse_givesTheSameTokensAndOffsets() {
        Sentence s = ConllU.parse(BLOCK, 0);
        Sentence again = ConllU.parse(ConllU.write(s), 0);
        assertThat(again.tokens()).isEqualTo(s.tokens());
        assertThat(ConllU.write(s)).contains("SpaceAfter=No");
    }
}
