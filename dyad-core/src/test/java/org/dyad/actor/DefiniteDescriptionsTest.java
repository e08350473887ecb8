package org.dyad.actor;

import org.dyad.Fixtures;
import org.dyad.lexicon.Cues;
import org.dyad.lexicon.LexiconFile;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "The ICC issued a warrant … Moscow does not recognise the court's jurisdiction": the court is the ICC. */
class DefiniteDescriptionsTest {

    private static final ActorLexicon LEXICON = new ActorLexicon(
            LexiconFile.parse("countries", """
                    RUS | RU | 61.5,105.3 | Russia | Russian; Russians | Moscow; Kremlin
                    ISR | IL | 31.0,35.0 | Israel | Israeli; Israelis | Jerusalem
                    """),
            LexiconFile.parse("people", """
                    Vladimir Putin | Putin | RUSGOV | 2012-05-07.. | president
                    """),
            LexiconFile.parse("organisations", """
                    IGOICC | International Criminal Court; ICC |
                    IGONAT | North Atlantic Treaty Organization; NATO |
                    IGOUNO | United Nations; UN |
                    PSEREB | Hamas |
                    NGOAMN | Amnesty International; Amnesty |
                    """),
            LexiconFile.parse("agents", """
                    court | JUD |
                    leader | GOV |
                    activist | OPP |
                    journalist | MED |
                    """),
            List.of(),
            LexiconFile.parse("descriptions", """
                    IGOICC | court; criminal court |
                    IGONAT | alliance; military alliance; Western alliance; US-led alliance |
                    IGOUNO | world body |
                    PSEREB | group; militant group |
                    NGOAMN | group; rights group |
                    """));

    private static final LocalDate DATE = LocalDate.parse("2023-03-17");
    private final ActorResolver resolver = new ActorResolver(LEXICON, Cues.bundled());

    /**
     * Reads the fixture sentences that start with these words, in order, as one article, and resolves
     * the phrase of the last one that stands in the relation (nsubj, obj).
     */
    private String code(String relation, String... starts) {
        Discourse discourse = new Discourse();
        Sentence last = null;
        for (String start : starts) {
            last = Fixtures.sentence("references.conllu", start);
            resolver.observe(last, DATE, discourse);
        }
        Resolution r = resolver.resolve(last, phrase(last, relation), DATE, discourse);
        return r.resolved() ? r.actor().code().value() : "-";
    }

    static Phrase phrase(Sentence s, String relation) {
        for (var t : s.tokens()) {
            if (t.relation().equals(relation) && s.token(t.head()).relation().equals("root")) {
                var span = s.subtree(t.index(), i -> false);
                int start = span.get(0);
                int end = span.get(span.size() - 1) + 1;
                return new Phrase(t.index(), start, end, s.words(start, end), relation);
            }
        }
        throw new IllegalStateException("no " + relation + " of the root in " + s.text());
    }

    @Test
    void resolve_possessorDescribesAnOrganisationNamedBefore_isThatOrganisation() {
        assertThat(code("obj", "The International Criminal Court issued", "Moscow did not recognise")).isEqualTo("IGOICC");
    }

    @Test
    void resolve_noOrganisationNamedBefore_isTheAgentOfTheContextCountry() {
        assertThat(code("obj", "Moscow did not recognise")).isEqualTo("RUSJUD");
    }

    @Test
    void resolve_nounThatStoodForSomethingElseInBetween_isNotTheOrganisation() {
        assertThat(code("nsubj", "The International Criminal Court issued", "A court in Moscow", "The court also fined"))
                .isEqualTo("RUSJUD");
    }

    @Test
    void resolve_everyModifierAWordOfItsDescriptions_isTheOrganisation() {
        assertThat(code("obj", "NATO leaders met", "Russia accused the Western military alliance")).isEqualTo("IGONAT");
    }

    @Test
    void resolve_aModifierNoDescriptionHas_isNotTheOrganisation() {
        assertThat(code("obj", "NATO leaders met", "Russia accused the Russian-led alliance")).isNotEqualTo("IGONAT");
    }

    @Test
    void resolve_aWordTheDescriptionRequiresIsMissing_isNotTheOrganisation() {
        assertThat(code("obj", "The United Nations condemned", "Russia criticised the world body")).isEqualTo("IGOUNO");
        assertThat(code("obj", "The United Nations condemned", "Russia criticised the body.")).isEqualTo("-");
    }

    @Test
    void resolve_descriptionInAppositionToTheNameBefore_doesNotHideTheName() {
        assertThat(code("obj", "NATO, the Western military alliance", "Russia accused the alliance")).isEqualTo("IGONAT");
        assertThat(code("obj", "The militant group Hamas", "Israel bombed the group")).isEqualTo("PSEREB");
    }

    @Test
    void resolve_organisationNamedInAClauseAbove_isTheOrganisation() {
        assertThat(code("nsubj", "NATO said the alliance")).isEqualTo("IGONAT");
    }

    @Test
    void resolve_clauseMateOfTheDescription_isPassedOverForTheOneNamedBefore() {
        // "Amnesty condemned the group": Amnesty is a group too, but not the one it condemned.
        assertThat(code("obj", "Hamas attacked Israel", "Amnesty condemned the group")).isEqualTo("PSEREB");
    }
}
