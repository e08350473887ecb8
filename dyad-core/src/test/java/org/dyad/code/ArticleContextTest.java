package org.dyad.code;

import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a sentence with what the article said before it: a listed member acts for its list, a
 * domestic agent a state coerces is its own, and a surname as the article wrote it finds the person.
 */
class ArticleContextTest {

    private static List<String> coded(String... starts) {
        return FixtureEvents.codes(LocalDate.of(2024, 9, 10), starts);
    }

    @Test
    void aNamedMemberOfAList_actsForIt() {
        assertThat(coded("Human rights groups, including Amnesty International, have urged Kenya to respect"))
                .containsExactly("NGOAMN 020 KEN");
    }

    @Test
    void opponentsAStateArrests_areItsOwn_notOfTheCountryTheArticleNamedFirst() {
        assertThat(coded("Guyana rejected the referendum", "Guyana's president said", "Venezuela's attorney general ordered the arrest"))
                .contains("VENJUD 173 VENOPP").noneMatch(e -> e.endsWith("GUYOPP"));
    }

    @Test
    void aSurnameAsTheArticleWroteIt_findsThePerson() {
        assertThat(coded("Edmundo Gonzalez fled to Spain", "Peru recognised Gonzalez")).contains("PER 054 VENOPP");
    }

    @Test
    void theAgentsOfAListOfCountries_areEachCountrysAgent() {
        assertThat(coded("The foreign ministers of Lithuania, Latvia, Estonia and Iceland"))
                .containsExactlyInAnyOrder("LTUGOV 042 GEOGOV", "LVAGOV 042 GEOGOV", "ESTGOV 042 GEOGOV", "ISLGOV 042 GEOGOV");
        assertThat(coded("Protesters attacked the embassies of Rwanda, France"))
                .containsExactlyInAnyOrder("USACVL 145 RWAGOV", "USACVL 145 FRAGOV", "USACVL 145 BELGOV", "USACVL 145 USAGOV");
    }
}
