package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A state does not take to the streets: its protest is an official complaint, its people's a demonstration. */
class StateProtestTest {

    private static List<String> code(String conllu) {
        return StoredParses.codes(StoredParses.events(conllu, LocalDate.of(2023, 3, 28)));
    }

    private static String protested(String subject, String subjectTag) {
        return """
                1\t%s\t%s\tPROPN\t%s\t_\t2\tnsubj\t_\t_
                2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_
                3\tagainst\tagainst\tADP\tIN\t_\t4\tcase\t_\t_
                4\tChina\tChina\tPROPN\tNNP\t_\t2\tobl\t_\t_
                5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

                """.formatted(subject, subject, subjectTag);
    }

    @Test
    void aCountryProtesting_complainsOfficially() {
        assertThat(code(protested("Japan", "NNP"))).containsExactly("JPN 114 CHN");
    }

    @Test
    void itsPeopleProtesting_demonstrate() {
        assertThat(code(protested("Japanese", "NNPS"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e).startsWith("JPNCVL 141"));
    }
}
