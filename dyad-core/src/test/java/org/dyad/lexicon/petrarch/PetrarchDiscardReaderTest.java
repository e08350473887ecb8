package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class PetrarchDiscardReaderTest {

    @Test
    void read_plusAndPlainLines_giveStoryAndSentenceDiscards() {
        Problems problems = new Problems("d.txt");

        PetrarchDiscards discards = PetrarchDiscardReader.read("d.txt", """
                # '+' discards the whole story
                +Cricket World Cup   # sport
                DAYS_EARLIER
                +
                HALF TIME   \s
                """, problems);

        assertThat(discards.discards()).extracting(d -> d.phrase().raw(), d -> d.phrase().text(), Discard::wholeStory,
                        Discard::line)
                .containsExactly(
                        tuple("Cricket World Cup", "Cricket World Cup", true, 2),
                        tuple("DAYS_EARLIER", "DAYS EARLIER", false, 3),
                        tuple("HALF TIME", "HALF TIME", false, 5));
        assertThat(problems.lines()).containsExactly("d.txt:4: '+' without a phrase: write the phrase after it");
    }
}
