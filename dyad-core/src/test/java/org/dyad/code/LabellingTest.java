package org.dyad.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "called X a sham", "branded X a lie": what a labelling verb (cues.txt) names is its target, and
 * what it names it decides the code, whichever of three shapes CoreNLP gives the small clause.
 */
class LabellingTest {

    private static List<String> coded(String start) {
        return FixtureEvents.codes(LocalDate.of(2025, 5, 7), start);
    }

    @Test
    void aSmallClause_namesTheTarget() {
        // "the Russian election" is the subject of "a sham" in CoreNLP's parse.
        assertThat(coded("Germany called the Russian election a sham")).containsExactly("DEU 111 RUS");
        assertThat(coded("China called the Indian action regrettable")).containsExactly("CHN 111 IND");
    }

    @Test
    void twoObjects_theFirstIsTheTarget_andAnActIsWhatKindOfAct() {
        assertThat(coded("Prime Minister Shehbaz Sharif called India's strikes")).contains("PAKGOV 111 IND");
    }

    @Test
    void aNounLeftOnTheObject_isWhatItIsCalled() {
        assertThat(coded("The Kremlin branded the Ukrainian report a lie")).containsExactly("RUSGOV 111 UKR");
    }

    @Test
    void whatSomeoneCalledSomething_namesNoTarget() {
        assertThat(coded("Houthi deputy foreign minister Hussein al-Ezzi said")).noneMatch(e -> e.contains(" 111 "));
    }
}
