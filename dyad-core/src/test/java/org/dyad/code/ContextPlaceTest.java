package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Police and protesters belong to the country of the place their clause names ("In Yerevan,
 * police detained …"), not to the country the article has named most.
 */
class ContextPlaceTest {

    private static final String PARSES = """
# text = Azerbaijan shelled Armenian positions, and Azerbaijani officials defended the offensive.
1\tAzerbaijan\tAzerbaijan\t_\tNNP\t_\t2\tnsubj\t_\tNER=COUNTRY
2\tshelled\tshell\t_\tVBD\t_\t0\troot\t_\t_
3\tArmenian\tarmenian\t_\tJJ\t_\t4\tamod\t_\tNER=NATIONALITY
4\tpositions\tposition\t_\tNNS\t_\t2\tobj\t_\t_
5\t,\t,\t_\t,\t_\t2\tpunct\t_\t_
6\tand\tand\t_\tCC\t_\t9\tcc\t_\t_
7\tAzerbaijani\tAzerbaijani\t_\tNNP\t_\t8\tcompound\t_\tNER=NATIONALITY
8\tofficials\tofficial\t_\tNNS\t_\t9\tnsubj\t_\t_
9\tdefended\tdefend\t_\tVBD\t_\t2\tconj\t_\t_
10\tthe\tthe\t_\tDT\t_\t11\tdet\t_\t_
11\toffensive\toffensive\t_\tNN\t_\t9\tobj\t_\t_
12\t.\t.\t_\t.\t_\t2\tpunct\t_\t_

# text = In Yerevan, police detained dozens of protesters.
1\tIn\tin\t_\tIN\t_\t2\tcase\t_\t_
2\tYerevan\tYerevan\t_\tNNP\t_\t5\tobl\t_\tNER=CITY
3\t,\t,\t_\t,\t_\t5\tpunct\t_\t_
4\tpolice\tpolice\t_\tNN\t_\t5\tnsubj\t_\t_
5\tdetained\tdetain\t_\tVBD\t_\t0\troot\t_\t_
6\tdozens\tdozen\t_\tNNS\t_\t5\tobj\t_\t_
7\tof\tof\t_\tIN\t_\t8\tcase\t_\t_
8\tprotesters\tprotester\t_\tNNS\t_\t6\tnmod\t_\t_
9\t.\t.\t_\t.\t_\t5\tpunct\t_\t_

""";

    private static List<String> events(String conllu) {
        return StoredParses.events(conllu, LocalDate.of(2023, 9, 21)).stream()
                .map(e -> e.source().code() + " " + e.cameo().root() + " " + e.target().code()).toList();
    }

    @Test
    void domesticAgents_takeTheCountryOfThePlaceTheirClauseHappensIn() {
        assertThat(events(PARSES)).contains("ARMCOP 17 ARMCVL");
    }

    @Test
    void withoutThePlace_theyTakeTheArticlesCountry() {
        // "In fact, police detained …": no place, so the country the article named most.
        String withoutPlace = PARSES.replace("2\tYerevan\tYerevan\t_\tNNP\t_\t5\tobl\t_\tNER=CITY", "2\tfact\tfact\t_\tNN\t_\t5\tobl\t_\t_")
                .replace("In Yerevan, police", "In fact, police");
        assertThat(events(withoutPlace)).contains("AZECOP 17 AZECVL");
    }
}
