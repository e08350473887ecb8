package org.dyad.actor;

import org.dyad.Fixtures;
import org.dyad.lexicon.Cues;
import org.dyad.lexicon.LexiconFile;
import org.dyad.model.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Regions of the CAMEO actor codebook as actors: "the West" WST, "European leaders" EURGOV. */
class RegionActorsTest {

    private static final ActorLexicon LEXICON = new ActorLexicon(
            LexiconFile.parse("countries", """
                    RUS | RU | 61.5,105.3 | Russia | Russian; Russians | Moscow; Kremlin
                    UKR | UA | 48.4,31.2 | Ukraine | Ukrainian; Ukrainians | Kyiv
                    """),
            LexiconFile.parse("people", """
                    Alexander Lukashenko | Lukashenko | BLRGOV | 1994-07-20.. | president
                    """),
            List.of(),
            LexiconFile.parse("agents", """
                    leader | GOV |
                    government | GOV |
                    lawmaker | LEG |
                    """),
            LexiconFile.parse("regions", """
                    WST | West; Western allies | Western |
                    EUR | Europe | European |
                    MEA | Middle East; Arab states | Arab |
                    """),
            List.of());

    private final ActorResolver resolver = new ActorResolver(LEXICON, Cues.bundled());

    @ParameterizedTest
    @CsvSource({
            "Lukashenko accused the West, obj, WST",
            "Kyiv's Western allies, nsubj, WST",
            "European leaders condemned, nsubj, EURGOV",
            "Arab states condemned, nsubj, MEA",
            "Western sanctions hurt, nsubj, -",
            "Kanye West criticised, nsubj, -",
            "West Virginia lawmakers, nsubj, RUSLEG",
    })
    void resolve_regionNameOrAdjective_codesTheRegionWhereItIsTheActor(String start, String relation, String expected) {
        Discourse discourse = new Discourse();
        discourse.countCountry("RUS");
        Sentence s = Fixtures.sentence("references.conllu", start);
        resolver.observe(s, LocalDate.parse("2021-05-24"), discourse);
        Resolution r = resolver.resolve(s, DefiniteDescriptionsTest.phrase(s, relation), LocalDate.parse("2021-05-24"), discourse);
        assertThat(r.resolved() ? r.actor().code().value() : "-").isEqualTo(expected);
    }
}
