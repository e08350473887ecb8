package org.dyad.code;

import org.dyad.Fixtures;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.nlp.ConllUAnnotator;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coder with the bundled lexicons on stored CoreNLP parses: sentence, publication date →
 * source, code, target — PETRARCH's table-like tests, without loading a model.
 */
class EventCoderTest {

    private static final Pipeline PIPELINE = new Pipeline(new ConllUAnnotator(Fixtures.conllu("coding.conllu")),
            Lexicons.bundled());

    private static ArticleResult code(String sentence) {
        String text = Fixtures.sentence("coding.conllu", sentence).text();
        return PIPELINE.process(new Article("t", null, "test", null, null, LocalDate.of(2023, 11, 10), text));
    }

    private static List<String> events(String sentence) {
        return code(sentence).events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "Japan lodged a protest, JPN 114 CHN",
            "Czechs expelled, CZE 161 RUSGOV",
            "Belarusians took to the streets, BLRCVL 141 BLRGOV",
            "Israeli warplanes struck, ISRMIL 190 PSE",
            "Russian President Vladimir Putin met, RUSGOV 040 BLRGOV",
    })
    void code_sentence_exactlyTheseEvents(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @Test
    void code_sanctionsOnFriday_datedFromTheText() {
        Event e = code("The European Union imposed").events().get(0);
        assertThat(e.source().code().value()).isEqualTo("IGOEEC");
        assertThat(e.cameo().root()).isEqualTo("16");
        assertThat(e.target().country()).isEqualTo("RUS");
        assertThat(e.date().value()).isEqualTo("2023-11-10");
        assertThat(e.date().source()).isEqualTo("text");
    }

    @Test
    void code_negatedMeeting_negatedNotAsserted() {
        assertThat(code("Putin did not meet").events()).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo(Mode.NEGATED));
    }

    @Test
    void code_refusalToRelease_noAssertedRelease() {
        assertThat(code("Iran refused").events()).noneMatch(e -> e.mode() == Mode.ASSERTED && e.cameo().root().equals("08"));
    }

    @Test
    void code_meetingInSochi_locatedByTheGazetteer() {
        Event e = code("Russian President Vladimir Putin met").events().get(0);
        assertThat(e.location().name()).isEqualTo("Sochi");
        assertThat(e.location().country()).isEqualTo("RUS");
    }

    @Test
    void code_everySkippedPredicationSaysWhy() {
        for (var sentence : Fixtures.conllu("coding.conllu")) {
            ArticleResult r = code(sentence.text().substring(0, 12));
            r.codings().forEach(list -> list.forEach(c -> {
                if (!c.coded()) {
                    assertThat(c.skipped().reason()).isNotBlank();
                }
            }));
        }
    }

    @Test
    void code_conjoinedNationalities_eachSideActsOnTheOther() {
        assertThat(events("Indian and Pakistani troops")).containsExactlyInAnyOrder("INDMIL 193 PAKMIL", "PAKMIL 193 INDMIL");
    }

    @Test
    void code_conjoinedNationalitiesWithACompoundFirst_eachAnActor() {
        assertThat(events("U.S. and British warplanes")).containsExactlyInAnyOrder("USAMIL 190 YEMREB", "GBRMIL 190 YEMREB");
    }

    @Test
    void code_participleOnTheObjectAfterAComma_isTheSubjectsDoing_andWhatItAllegesIsNotAsserted() {
        ArticleResult result = code("Police in Moscow detained");
        assertThat(result.events()).extracting(e -> e.source().code() + " " + e.cameo() + " " + e.target().code() + " " + e.mode().label())
                .containsExactlyInAnyOrder("RUSCOP 173 RUSCVL asserted",
                        // "accusing them": the protesters, the nearest plural group, not Russia.
                        "RUSCOP 112 RUSCVL asserted",
                        // "of organising an illegal rally": alleged.
                        "RUSCVL 141 RUSGOV hypothetical");
    }

    @Test
    void code_callOnParsedAsAClauseMarker_isStillACallOnItsSubject_andWhatIsCalledForIsNotDone() {
        ArticleResult result = code("UN Secretary-General Antonio Guterres called on");
        assertThat(result.events()).extracting(e -> e.source().code() + " " + e.cameo() + " " + e.target().code())
                .containsExactly("IGOUNO 020 RWAMIL");
        assertThat(result.events().get(0).mode()).isEqualTo(Mode.ASSERTED);
    }
}
