package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            September 14, 2020                  | 2020-09-14
            Sept. 14, 2020                      | 2020-09-14
            Sep. 14, 2020                       | 2020-09-14
            Sep 14 2020                         | 2020-09-14
            september 14th, 2020                | 2020-09-14
            14 Sep 2020                         | 2020-09-14
            14 September 2020                   | 2020-09-14
            14th of September, 2020             | 2020-09-14
            2020-09-14                          | 2020-09-14
            2020-09-14T08:00:00Z                | 2020-09-14
            2020-09-14T23:30:00-05:00           | 2020-09-14
            2020-09-14T08:00:00.123+03:00       | 2020-09-14
            2020-09-14 08:00                    | 2020-09-14
            2020-09-14T08:00                    | 2020-09-14
            06.09.2021                          | 2021-09-06
            2021/09/06                          | 2021-09-06
            Monday, September 14, 2020          | 2020-09-14
            Mon, 14 Sep 2020 10:00:00 +0000     | 2020-09-14
            Mon, 14 Sep 2020 10:00:00 GMT       | 2020-09-14
            September 14, 2020 at 10:15 AM EDT  | 2020-09-14
            Published: Sept. 14, 2020           | 2020-09-14
            '  September 14, 2020  '            | 2020-09-14
            """)
    void parse_commonForms_returnsTheDate(String text, LocalDate expected) {
        assertThat(PublicationDates.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            14/09/2020 | 2020-09-14
            09/14/2020 | 2020-09-14
            06/09/2021 | 2021-06-09
            """)
    void parse_slashedDate_readsMonthFirstUnlessTheFirstNumberCannotBeAMonth(String text, LocalDate expected) {
        assertThat(PublicationDates.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"September 45, 2020", "February 30, 2021", "2020-13-01", "31.02.2021",
            "Lukashenko on Monday is traveling to Russia", "September 2020", "Monday", "2020",
            "On September 14, 2020 the talks began", "14/14/2020", "Smarch 14, 2020"})
    void parse_notADate_returnsEmpty(String text) {
        assertThat(PublicationDates.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"September 14, 2020", "September 45, 2020", "Sept. 14, 2020", "2020-09-14",
            "06.09.2021", "Monday, September 14, 2020", "Mon, 14 Sep 2020 10:00:00 +0000",
            "Published: September 14, 2020"})
    void looksLikeDate_dateLine_isTrue(String line) {
        assertThat(PublicationDates.looksLikeDate(line)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Putin announced last month that a reserve was ready.",
            "More than 100,000 Belarusians have taken to the streets since Aug. 9",
            "May the talks succeed", "The March 8 protests drew crowds",
            "Lukashenko on Monday is traveling to Russia for his first meeting with Putin since the protests",
            "Chapter 12", "September"})
    void looksLikeDate_bodyText_isFalse(String line) {
        assertThat(PublicationDates.looksLikeDate(line)).isFalse();
    }
}
