package org.dyad.actor;

import org.dyad.Fixtures;
import org.dyad.lexicon.LexiconFile;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {

    private static final ActorLexicon LEXICON = new ActorLexicon(
            LexiconFile.parse("countries", """
                    BLR | BY | 53.7,27.9 | Belarus | Belarusian; Belarusians | Minsk
                    RUS | RU | 61.5,105.3 | Russia; Russian Federation | Russian; Russians | Moscow; Kremlin
                    USA | US | 39.8,-98.6 | United States; US; U.S. | American; Americans | Washington; White House
                    UKR | UA | 48.4,31.2 | Ukraine | Ukrainian; Ukrainians | Kyiv
                    """),
            LexiconFile.parse("people", """
                    Volodymyr Zelensky | Zelensky; Zelenskyy | UKRGOV | 2019-05-20.. | president
                    Alexander Lukashenko | Lukashenko | BLRGOV | 1994-07-20.. | president
                    """),
            List.of(),
            LexiconFile.parse("agents", """
                    police | COP |
                    paratrooper | MIL |
                    opposition leader | OPP |
                    opposition | OPP |
                    leader | GOV |
                    strongman | GOV |
                    deputy secretary | GOV |
                    secretary | GOV |
                    member | LEG |
                    parliament | LEG |
                    """));

    private final ActorResolver resolver = new ActorResolver(LEXICON, org.dyad.lexicon.Cues.bundled());

    /** Resolves the subject of each fixture sentence in order, as one article would. */
    private static List<Sentence> sentences() {
        return Fixtures.conllu("actors.conllu");
    }

    private static Phrase subjectOf(Sentence s) {
        for (var t : s.tokens()) {
            if (t.relation().startsWith("nsubj")) {
                var span = s.subtree(t.index(), i -> false);
                int start = span.get(0);
                int end = span.get(span.size() - 1) + 1;
                return new Phrase(t.index(), start, end, s.words(start, end), "nsubj");
            }
        }
        throw new IllegalStateException("no subject in " + s.text());
    }

    private String code(String start, LocalDate date, Discourse discourse) {
        Sentence s = sentences().stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
        resolver.observe(s, date, discourse);
        Resolution r = resolver.resolve(s, subjectOf(s), date, discourse);
        return r.resolved() ? r.actor().code().value() : "-";
    }

    @ParameterizedTest
    @CsvSource({
            "2005-06-01, UKRELI",
            "2020-09-14, UKRGOV",
    })
    void resolve_datedPerson_roleAsOfTheArticleDate(String date, String expected) {
        assertThat(code("Zelensky spoke", LocalDate.parse(date), new Discourse())).isEqualTo(expected);
    }

    @Test
    void resolve_datedPersonWithoutPublicationDate_latestRole() {
        assertThat(code("Zelensky spoke", null, new Discourse())).isEqualTo("UKRGOV");
    }

    @Test
    void resolve_unknownPersonWithNationalityAndTitle_codedFromTitleAndRememberedBySurname() {
        Discourse d = new Discourse();
        LocalDate date = LocalDate.of(2020, 9, 14);
        assertThat(code("Belarusian opposition leader", date, d)).isEqualTo("BLROPP");
        assertThat(code("Petrovska spoke again", date, d)).isEqualTo("BLROPP");
    }

    @Test
    void resolve_unknownPersonWithTitleAndCountryAbbreviation_government() {
        assertThat(code("US Deputy Secretary", LocalDate.of(2008, 1, 1), new Discourse())).isEqualTo("USAGOV");
    }

    @ParameterizedTest
    @CsvSource({
            "The Kremlin spoke, RUSGOV",
            "Belarusians spoke, BLRCVL",
            "Members of the Russian parliament, RUSLEG",
    })
    void resolve_countryForms(String start, String expected) {
        assertThat(code(start, LocalDate.of(2020, 9, 14), new Discourse())).isEqualTo(expected);
    }

    @Test
    void resolve_bareAgent_countryOfTheArticle() {
        Discourse d = new Discourse();
        LocalDate date = LocalDate.of(2020, 9, 14);
        assertThat(code("The police spoke", date, d)).isEqualTo("-");
        code("Belarusians spoke", date, d);
        resolver.observe(sentences().get(0), date, d);
        d.countCountry("BLR");
        assertThat(code("The police spoke", date, d)).isEqualTo("BLRCOP");
    }

    @Test
    void resolve_pronounsAndDefiniteTitles_referBack() {
        Discourse d = new Discourse();
        LocalDate date = LocalDate.of(2020, 9, 14);
        d.rememberGroup(new org.dyad.model.Actor(new org.dyad.model.ActorCode("RUS"), "Russia", "Russia", "test"));
        assertThat(code("Several hundred of its paratroopers", date, d)).isEqualTo("RUSMIL");
        d.rememberPerson(new org.dyad.model.Actor(new org.dyad.model.ActorCode("BLRGOV"), "Alexander Lukashenko",
                "Lukashenko", "test"), "Lukashenko");
        assertThat(code("The strongman leader", date, d)).isEqualTo("BLRGOV");
        assertThat(code("He spoke", date, d)).isEqualTo("BLRGOV");
    }

    @Test
    void resolve_titleHeadingAGroup_groupRoleWins() {
        Discourse d = new Discourse();
        d.countCountry("BLR");
        assertThat(code("The leader of the opposition", LocalDate.of(2020, 9, 14), d)).isEqualTo("BLROPP");
    }
}
