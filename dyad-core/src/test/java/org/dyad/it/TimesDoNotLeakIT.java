package org.dyad.it;

import org.dyad.model.Article;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's dates do not depend on the articles coded before it. SUTime's rules mark a weekday's
 * shared value with the tense they saw ("said on Wednesday that Colombia would …": the future), and
 * that mark used to carry over to every later "on Wednesday".
 */
class TimesDoNotLeakIT {

    private static List<String> dates(String text, LocalDate published) {
        Article article = new Article("t-" + text.hashCode(), null, "test", null, null, published, text);
        return SharedPipeline.get().process(article).events().stream().map(Event::date).map(d -> d.value()).toList();
    }

    @Test
    void aWeekdayIsDatedTheSame_afterAnArticleThatSawItInTheFuture() {
        String summit = "Kenyan President William Ruto convened a summit with Rwandan President Paul Kagame on Wednesday.";
        LocalDate thursday = LocalDate.of(2025, 1, 30);
        List<String> before = dates(summit, thursday);
        assertThat(before).isNotEmpty().containsOnly("2025-01-29");
        dates("Colombian President Gustavo Petro said on Wednesday that Colombia would break diplomatic relations with Israel.",
                LocalDate.of(2024, 5, 2));
        assertThat(dates(summit, thursday)).isEqualTo(before);
    }
}
