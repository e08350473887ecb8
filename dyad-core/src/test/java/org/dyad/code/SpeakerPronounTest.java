package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Ukraine's foreign ministry said it would expel …": "it" is the ministry that says so, not Ukraine. */
class SpeakerPronounTest {

    private static final String SAID = """
            # text = Ukraine's foreign ministry said it would expel Russia's ambassador.
            1\tUkraine\tUkraine\t_\tNNP\t_\t4\tnmod:poss\t_\tNER=COUNTRY
            2\t's\t's\t_\tPOS\t_\t1\tcase\t_\t_
            3\tforeign\tforeign\t_\tJJ\t_\t4\tamod\t_\t_
            4\tministry\tministry\t_\tNN\t_\t5\tnsubj\t_\t_
            5\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_
            6\tit\tit\t_\tPRP\t_\t8\tnsubj\t_\t_
            7\twould\twould\t_\tMD\t_\t8\taux\t_\t_
            8\texpel\texpel\t_\tVB\t_\t5\tccomp\t_\t_
            9\tRussia\tRussia\t_\tNNP\t_\t11\tnmod:poss\t_\tNER=COUNTRY
            10\t's\t's\t_\tPOS\t_\t9\tcase\t_\t_
            11\tambassador\tambassador\t_\tNN\t_\t8\tobj\t_\t_
            12\t.\t.\t_\t.\t_\t5\tpunct\t_\t_

            """;

    private static List<String> events(String conllu) {
        return StoredParses.events(conllu, LocalDate.of(2022, 3, 1)).stream()
                .map(e -> e.source().code() + " " + e.cameo().root() + " " + e.target().code()).toList();
    }

    @Test
    void theSubjectOfWhatIsSaid_isTheSpeaker() {
        // Without the rule "it" takes the nearest name before it, Ukraine: "UKR 16 RUSGOV".
        assertThat(events(SAID)).containsExactly("UKRGOV 16 RUSGOV");
    }
}
