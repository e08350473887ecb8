package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Forces an entry names as its object ("send troops", "scramble a jet") are the source's own, not its target. */
class OwnForcesTest {

    private static List<String> coded(String start) {
        return FixtureEvents.codes(LocalDate.of(2021, 5, 23), start);
    }

    @Test
    void forcesTheSourceSends_areNotItsTarget() {
        assertThat(coded("Belarus scrambled a fighter jet")).noneMatch(e -> e.endsWith("BLRMIL"));
        assertThat(coded("Abiy sent troops into Tigray")).containsExactly("ETHGOV 112 ETHREB");
    }

    @Test
    void whereTheyAreSent_isStillTheTarget() {
        assertThat(coded("Russia sent troops to Belarus")).containsExactly("RUS 154 BLR");
    }

    @Test
    void forcesMassedAlongABorder_faceTheNeighbourAcrossIt() {
        assertThat(coded("Serbia was massing troops, tanks and artillery")).containsExactly("SRB 154 XKX");
        assertThat(coded("Russia deployed troops near its border")).containsExactly("RUS 154 UKR");
    }

    @Test
    void forcesInWhatTheSourcePledges_areItsOwn() {
        assertThat(coded("Kenyan President William Ruto has pledged to send 1,000 police"))
                .contains("KENGOV 030 HTI").noneMatch(e -> e.endsWith("HTICOP"));
    }

    @Test
    void theSourcesOwnForcesInAnOblique_areNotItsTarget() {
        assertThat(coded("Trump Pauses Tariffs on Mexico After Sheinbaum")).noneMatch(e -> e.endsWith("MEXMIL"));
    }
}
