package org.dyad.place;

import org.dyad.actor.ActorLexicon;
import org.dyad.model.Location;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.nlp.ConllU;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlaceResolverTest {

    private static final ActorLexicon LEXICON = ActorLexicon.bundled();
    private static final PlaceResolver PLACES = new PlaceResolver(Gazetteer.bundled(), LEXICON);

    /** "Police met in NAME." with NAME tagged as the given entity type. */
    private static Sentence sentence(String name, String type) {
        return ConllU.parse(String.join("\n",
                "1\tPolice\tpolice\t_\tNNS\t_\t2\tnsubj\t_\t_",
                "2\tmet\tmeet\t_\tVBD\t_\t0\troot\t_\t_",
                "3\tin\tin\t_\tIN\t_\t4\tcase\t_\t_",
                "4\t" + name + "\t" + name + "\t_\tNNP\t_\t2\tobl\t_\tNER=" + type), 0);
    }

    private static Location resolve(String name, String type, String context) {
        Sentence s = sentence(name, type);
        return PLACES.resolve(s, new Phrase(3, 3, 4, name, "in"), context);
    }

    @Test
    void resolve_city_countryAndCoordinatesFromTheGazetteer() {
        Location minsk = resolve("Minsk", "CITY", null);
        assertThat(minsk.country()).isEqualTo("BLR");
        assertThat(minsk.lat()).isCloseTo(53.9, within(0.2));
        assertThat(minsk.lon()).isCloseTo(27.57, within(0.2));
    }

    @Test
    void resolve_aSeatOfPower_isInItsCountry_whateverTheArticleIsAbout() {
        // The gazetteer writes the US capital "Washington, D.C."; a town in England is plain "Washington".
        Location washington = resolve("Washington", "CITY", "COD");
        assertThat(washington.country()).isEqualTo("USA");
        assertThat(washington.lon()).isCloseTo(-77.04, within(0.2));
        assertThat(Gazetteer.key("Washington, D.C.")).isEqualTo(Gazetteer.key("Washington DC"));
    }

    @Test
    void resolve_country_itsCentroid() {
        Location russia = resolve("Russia", "COUNTRY", null);
        assertThat(russia.name()).isEqualTo("Russia");
        assertThat(russia.country()).isEqualTo("RUS");
    }

    @Test
    void resolve_ambiguousCity_mostPopulousUnlessTheArticleIsAboutAnotherCountry() {
        assertThat(resolve("London", "CITY", null).country()).isEqualTo("GBR");
        assertThat(resolve("London", "CITY", "CAN").country()).isEqualTo("CAN");
    }

    @Test
    void resolve_unknownPlace_noLocationRatherThanAGuess() {
        assertThat(resolve("Xyzzyville", "CITY", null)).isNull();
    }

    @Test
    void countryOfCity_usesIso3() {
        assertThat(PLACES.countryOfCity("Kharkiv")).isEqualTo("UKR");
        assertThat(PLACES.countryOfCity("Sochi")).isEqualTo("RUS");
    }
}
