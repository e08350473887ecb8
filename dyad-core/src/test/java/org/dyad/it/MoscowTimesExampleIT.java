package org.dyad.it;

import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of DESIGN.md, end to end on real CoreNLP: the article of 14 September 2020 in
 * ../shared/examples and the six rows of the table of events Dyad should find in it.
 */
class MoscowTimesExampleIT {

    private static final String EXAMPLE = "../../shared/examples/moscow-times-2020-09-14-belarus-succession.txt";
    private static List<Event> events;

    @BeforeAll
    static void code() {
        events = SharedPipeline.events(EXAMPLE);
    }

    private static Predicate<Event> row(String sourceCountry, Set<String> sourceRoles, Set<String> roots, String targetCountry) {
        return e -> sourceCountry.equals(e.source().country()) && sourceRoles.contains(String.valueOf(e.source().role()))
                && roots.contains(e.cameo().root()) && targetCountry.equals(e.target().country());
    }

    private static final List<Predicate<Event>> ROWS = List.of(
            row("BLR", Set.of("GOV"), Set.of("04"), "RUS"),
            row("BLR", Set.of("CVL"), Set.of("14"), "BLR"),
            row("BLR", Set.of("COP", "GOV"), Set.of("17"), "BLR"),
            row("RUS", Set.of("MIL"), Set.of("06", "15"), "BLR"),
            row("RUS", Set.of("GOV"), Set.of("12"), "BLR"),
            row("RUS", Set.of("GOV"), Set.of("15", "13"), "BLR"));

    @Test
    void code_example_matchesAtLeastFiveOfTheSixDesignRows() {
        long matched = ROWS.stream().filter(r -> events.stream().anyMatch(r)).count();
        assertThat(matched).as("design rows matched by %s", events.stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void code_example_lukashenkoVisitDatedTheDayOfTheArticle() {
        assertThat(events).filteredOn(ROWS.get(0))
                .anySatisfy(e -> assertThat(e.date().value()).isEqualTo("2020-09-14"));
    }

    @Test
    void code_example_putinRefusalAttributedToBloombergAndItsAnonymousSources() {
        assertThat(events).filteredOn(ROWS.get(4)).anySatisfy(e -> {
            assertThat(e.mode()).isIn(Mode.NEGATED, Mode.FUTURE);
            assertThat(e.attribution()).extracting(Attribution::name).startsWith("Bloomberg");
            assertThat(e.attribution()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.attribution().get(1).anonymous()).isTrue();
            assertThat(e.attribution().get(1).name()).contains("unnamed sources");
        });
    }

    @Test
    void code_example_everyEventTraceableToItsArticleAndSentence() {
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.url()).startsWith("https://www.themoscowtimes.com/2020/09/14/");
            assertThat(e.input()).endsWith("moscow-times-2020-09-14-belarus-succession.txt");
            assertThat(e.evidence()).isNotBlank();
            assertThat(e.source().code()).isNotEqualTo(e.target().code());
        });
    }
}
