package org.dyad.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeCuesTest {

    @Test
    void isCue_calendarWordsUnitsAndNumbersThatCanBeTimes() {
        for (String cue : List.of("Monday", "Jan.", "Fridays", "May", "weeks", "four-hour", "yesterday", "recently",
                "2021", "1990s", "'90s", "2014-2022", "mid-2021", "24", "24th", "10:30", "9/11", "3pm")) {
            assertThat(TimeCues.isCue(cue)).as(cue).isTrue();
        }
    }

    @Test
    void isCue_notCountsModalsOrOrdinaryWords() {
        for (String word : List.of("may", "3,000", "1.5", "100", "S-400", "COVID-19", "protesters", "said", "Kremlin")) {
            assertThat(TimeCues.isCue(word)).as(word).isFalse();
        }
    }

    @Test
    void windows_reachAroundEachCueAndJoinWhenTheyOverlap() {
        List<String> words = List.of("Putin", "met", "Biden", "in", "Geneva", "on", "Wednesday", "and", "the", "two",
                "men", "talked", "for", "hours", "while", "crowds", "waited", "outside", "the", "villa", "all", "day");
        List<int[]> windows = TimeCues.windows(words);
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0)).containsExactly(6 - TimeCues.REACH, words.size());
        assertThat(TimeCues.windows(List.of("Police", "detained", "3,000", "protesters"))).isEmpty();
    }
}
