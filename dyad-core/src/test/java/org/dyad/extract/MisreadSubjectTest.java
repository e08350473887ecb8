package org.dyad.extract;

import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.nlp.ConllU;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CoreNLP's parse of "X indicated it would act": the pronoun hangs from the reporting verb. */
class MisreadSubjectTest {

    private static final String PARSE = """
            1\tEthiopia\tEthiopia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tindicated\tindicate\tVERB\tVBD\t_\t5\tcsubj\t_\t_
            3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_
            4\twould\twould\tAUX\tMD\t_\t5\taux\t_\t_
            5\tact\tact\tVERB\tVB\t_\t0\troot\t_\t_
            6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_
            7\tLibya\tLibya\tPROPN\tNNP\t_\t5\tobl\t_\t_
            8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_
            """;

    @Test
    void thePronounAfterTheClausalSubjectIsTheSubjectOfTheClause() {
        Sentence s = ConllU.parse(PARSE, 0);
        Predication act = Extracted.first(s, "act");
        assertThat(act.subject()).isNotNull();
        assertThat(act.subject().text()).isEqualTo("it");
    }

    @Test
    void aNounObjectOfTheClausalSubjectIsLeftAlone() {
        Sentence s = ConllU.parse(PARSE.replace("3\tit\tit\tPRON\tPRP", "3\tplans\tplan\tNOUN\tNNS"), 0);
        Predication act = Extracted.first(s, "act");
        assertThat(act.subject()).isNull();
    }
}
