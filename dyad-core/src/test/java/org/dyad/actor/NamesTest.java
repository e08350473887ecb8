package org.dyad.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void key_plainAsciiAndFoldedTextGiveTheSameKeys() {
        assertThat(Names.key("Vladimir Putin")).isEqualTo("vladimir putin");
        assertThat(Names.key("  Vladimir   Putin ")).isEqualTo("vladimir putin");
        assertThat(Names.key("Vladimir\tPutin")).isEqualTo("vladimir putin");
        assertThat(Names.key("O`Brien")).isEqualTo("o'brien");
        assertThat(Names.key("O’Brien")).isEqualTo("o'brien");
        assertThat(Names.key("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(Names.key("Élysée")).isEqualTo(Names.key("Elysee"));
    }
}
