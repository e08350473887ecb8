package org.dyad.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "country|RU|country", "country|R1S|country", "country|WST|country", "actor|RUS GOV|actor", "dyad|RUS|dyad", "dyad|RUS,BLR,UKR|dyad",
            "dyad|RUS,|dyad", "root|4|root", "root|21|root", "code|999|code", "code|04a|code", "plover|!!|plover",
            "quad|5|quad", "quad|one|quad", "mode|maybe|mode", "from|2020-13-01|from", "to|yesterday|to",
            "limit|0|limit", "limit|1001|limit", "limit|many|limit", "offset|-1|offset"})
    void parse_badValue_namesTheParameter(String name, String value, String parameter) {
        assertThatThrownBy(() -> EventQuery.parse(Map.of(name, value)))
                .isInstanceOf(BadQueryException.class)
                .satisfies(e -> assertThat(((BadQueryException) e).parameter()).isEqualTo(parameter))
                .hasMessageContaining(value.strip().isEmpty() ? name : name);
    }

    @Test
    void parse_fromAfterTo_namesFrom() {
        assertThatThrownBy(() -> EventQuery.parse(Map.of("from", "2021-01-02", "to", "2021-01-01")))
                .isInstanceOf(BadQueryException.class).extracting(e -> ((BadQueryException) e).parameter()).isEqualTo("from");
    }

    @Test
    void parse_goodValues_normalised() {
        EventQuery q = EventQuery.parse(Map.of("country", "rus", "dyad", "rus, blr", "mode", "NEGATED", "quad", "4",
                "from", "2020-08-09", "limit", "5", "offset", "10", "q", "  Minsk  ", "plover", "consult", "other", "ignored"));
        assertThat(q).isEqualTo(new EventQuery("RUS", null, "RUS,BLR", null, null, "CONSULT", 4, "negated",
                LocalDate.of(2020, 8, 9), null, "Minsk", 5, 10));
        assertThat(q.dyadSides()).containsExactly("RUS", "BLR");
    }

    @Test
    void parse_blankValues_areAbsent() {
        assertThat(EventQuery.parse(Map.of("country", " ", "limit", ""))).isEqualTo(EventQuery.all());
    }

    @Test
    void seriesParse_badInterval_namesInterval() {
        assertThatThrownBy(() -> SeriesQuery.parse(Map.of("interval", "year")))
                .isInstanceOf(BadQueryException.class).extracting(e -> ((BadQueryException) e).parameter()).isEqualTo("interval");
        assertThat(SeriesQuery.parse(Map.of("interval", "Week")).interval()).isEqualTo(SeriesQuery.Interval.WEEK);
    }
}
