package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "froze assets that Russia holds": whoever holds what is acted on is acted on. */
class HolderTargetTest {

    private static List<String> events(String conllu) {
        return StoredParses.events(conllu, LocalDate.of(2022, 3, 1)).stream()
                .map(e -> e.source().code() + " " + e.cameo().root() + " " + e.target().code()).toList();
    }

    private static final String FROZE = """
            # text = Canada froze assets that Russia holds.
            1\tCanada\tCanada\t_\tNNP\t_\t2\tnsubj\t_\tNER=COUNTRY
            2\tfroze\tfreeze\t_\tVBD\t_\t0\troot\t_\t_
            3\tassets\tasset\t_\tNNS\t_\t2\tobj\t_\t_
            4\tthat\tthat\t_\tWDT\t_\t6\tobj\t_\t_
            5\tRussia\tRussia\t_\tNNP\t_\t6\tnsubj\t_\tNER=COUNTRY
            6\tholds\thold\t_\tVBZ\t_\t3\tacl:relcl\t_\t_
            7\t.\t.\t_\t.\t_\t2\tpunct\t_\t_

            """;

    @Test
    void theHolderOfWhatIsActedOn_isTheTarget() {
        assertThat(events(FROZE)).containsExactly("CAN 16 RUS");
    }

    @Test
    void aRelativeClauseThatSaysNothingOfHolding_givesNoTarget() {
        assertThat(events(FROZE.replace("holds\thold\t_\tVBZ", "mentions\tmention\t_\tVBZ")
                .replace("# text = Canada froze assets that Russia holds.", "# text = Canada froze assets that Russia mentions."))).isEmpty();
    }
}
