package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "seized Damascus" is taking territory (192); "seized weapons" is taking property (171). */
class PlaceObjectTest {

    private static List<String> events(String conllu) {
        return StoredParses.codes(StoredParses.events(conllu, LocalDate.of(2024, 12, 9)));
    }

    private static final String SEIZED = """
            # text = Turkey seized Aleppo.
            1\tTurkey\tTurkey\t_\tNNP\t_\t2\tnsubj\t_\tNER=COUNTRY
            2\tseized\tseize\t_\tVBD\t_\t0\troot\t_\t_
            3\tAleppo\tAleppo\t_\tNNP\t_\t2\tobj\t_\tNER=CITY
            4\t.\t.\t_\t.\t_\t2\tpunct\t_\t_

            """;

    @Test
    void aPlaceByName_isTerritory() {
        assertThat(events(SEIZED)).containsExactly("TUR 192 SYR");
    }

    @Test
    void theSameNameNotTaggedAPlace_isNotTerritory() {
        assertThat(events(SEIZED.replace("NER=CITY", "NER=PERSON"))).noneMatch(e -> e.contains(" 192 "));
    }
}
