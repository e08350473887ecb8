package org.dyad.time;

import org.dyad.model.EventDate;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 7, 30); // a Sunday

    @ParameterizedTest
    @CsvSource({
            "2020-09-14, Monday, 2020-09-14",
            "2020-08, last month, 2020-08",
            "2025, 2025, 2025",
            "2020-09-13TEV, Sunday evening, 2020-09-13",
    })
    void of_calendarValues_keepTheirPrecision(String timex, String text, String expected) {
        EventDate d = EventDates.of(new TimeExpression(0, 1, timex, text), PUBLISHED);
        assertThat(d.value()).isEqualTo(expected);
        assertThat(d.source()).isEqualTo("text");
    }

    @ParameterizedTest
    @CsvSource({"XXXX-WE, every weekend", "P3D, three days", "PRESENT_REF, now", "2020-W37, this week"})
    void of_vagueOrRecurringTimes_fallBackToPublication(String timex, String text) {
        EventDate d = EventDates.of(new TimeExpression(0, 1, timex, text), PUBLISHED);
        assertThat(d.value()).isEqualTo("2023-07-30");
        assertThat(d.source()).isEqualTo("published");
    }

    @Test
    void of_noTimeNoPublicationDate_unknown() {
        assertThat(EventDates.of(null, null)).isEqualTo(EventDate.unknown());
    }

    @Test
    void of_weekdayResolvedAheadForAPastVerb_movedToTheWeekBefore() {
        TimeExpression wednesday = new TimeExpression(0, 2, "2023-08-02", "on Wednesday");
        assertThat(EventDates.of(wednesday, PUBLISHED, EventDates.Tense.PAST).value()).isEqualTo("2023-07-26");
        assertThat(EventDates.of(wednesday, PUBLISHED, EventDates.Tense.FUTURE).value()).isEqualTo("2023-08-02");
        assertThat(EventDates.of(wednesday, PUBLISHED, EventDates.Tense.UNKNOWN).value()).isEqualTo("2023-08-02");
    }

    @Test
    void of_weekdayResolvedBackForAFutureVerb_movedToTheWeekAfter() {
        TimeExpression monday = new TimeExpression(0, 1, "2023-07-24", "Monday");
        assertThat(EventDates.of(monday, PUBLISHED, EventDates.Tense.FUTURE).value()).isEqualTo("2023-07-31");
    }

    @Test
    void of_weekday_countedFromThePublicationDate_whateverDateSutimeGave() {
        LocalDate thursday = LocalDate.of(2025, 1, 30);
        for (String sutime : new String[] {"2025-01-29", "2025-02-05"}) {
            TimeExpression wednesday = new TimeExpression(0, 2, sutime, "on Wednesday");
            assertThat(EventDates.of(wednesday, thursday, EventDates.Tense.UNKNOWN).value()).as(sutime).isEqualTo("2025-01-29");
            assertThat(EventDates.of(wednesday, thursday, EventDates.Tense.PAST).value()).as(sutime).isEqualTo("2025-01-29");
            assertThat(EventDates.of(wednesday, thursday, EventDates.Tense.FUTURE).value()).as(sutime).isEqualTo("2025-02-05");
        }
        assertThat(EventDates.of(new TimeExpression(0, 2, "2025-01-30", "last Thursday"), thursday, EventDates.Tense.UNKNOWN).value())
                .isEqualTo("2025-01-23");
        assertThat(EventDates.of(new TimeExpression(0, 4, "2025-03-05", "Wednesday, March 5"), thursday, EventDates.Tense.PAST).value())
                .isEqualTo("2025-03-05");
    }

    @Test
    void of_explicitDateNeverMovedByTense() {
        TimeExpression date = new TimeExpression(0, 2, "2023-08-02", "Aug. 2");
        assertThat(EventDates.of(date, PUBLISHED, EventDates.Tense.PAST).value()).isEqualTo("2023-08-02");
    }
}
