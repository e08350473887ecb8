package org.dyad.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscardsTest {

    private final Discards discards = new Discards(LexiconFile.parse("discards", """
            world cup | sentence |
            box office | article | a film review
            """));

    @Test
    void find_phraseAsWholeWords_anyCaseAndPunctuation() {
        assertThat(discards.find("Brazil crushed Argentina 3-0 in a World-Cup qualifier.").phrase()).isEqualTo("world cup");
        assertThat(discards.find("The film topped the BOX OFFICE.").wholeArticle()).isTrue();
    }

    @Test
    void find_phraseInsideOtherWords_noMatch() {
        assertThat(discards.find("The worldcupper arrived.")).isNull();
        assertThat(discards.find("Russia attacked Ukraine.")).isNull();
    }

    @Test
    void new_badScope_reportedWithFileAndLine() {
        Discards bad = new Discards(LexiconFile.parse("discards", "world cup | always |\n"));
        assertThat(bad.problems()).singleElement().asString().startsWith("discards:1:");
    }

    @Test
    void bundled_readsWithoutProblems() {
        assertThat(Discards.bundled().problems()).isEmpty();
        assertThat(Discards.bundled().find("Brazil crushed Argentina 3-0 in a World Cup qualifier.")).isNotNull();
    }
}
