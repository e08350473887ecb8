package org.dyad.nlp;

import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {

    private static final PlaceNames NAMES = PlaceNames.bundled();

    /** A sentence from (word, POS, NER) triples, all attached to the first word: only tags matter here. */
    private static Sentence sentence(String... triples) {
        StringBuilder conllu = new StringBuilder();
        for (int i = 0; i < triples.length; i += 3) {
            int id = i / 3 + 1;
            conllu.append(id).append('\t').append(triples[i]).append('\t').append(triples[i].toLowerCase()).append("\t_\t")
                    .append(triples[i + 1]).append("\t_\t").append(id == 1 ? 0 : 1).append('\t').append(id == 1 ? "root" : "dep")
                    .append("\t_\tNER=").append(triples[i + 2]).append('\n');
        }
        return ConllU.parse(conllu.toString(), 0);
    }

    private static List<String> tags(Sentence s) {
        return s.tokens().stream().map(t -> t.ner()).toList();
    }

    @Test
    void refine_locationsOfTheStatisticalNer_countryOrCityByLexiconAndGazetteer() {
        Sentence s = NAMES.refine(sentence("Troops", "NNS", "O", "left", "VBD", "O", "Russia", "NNP", "LOCATION",
                "for", "IN", "O", "Kharkiv", "NNP", "LOCATION", "and", "CC", "O", "Donbas", "NNP", "LOCATION"));
        assertThat(tags(s)).containsExactly("O", "O", "COUNTRY", "O", "CITY", "O", "LOCATION");
        assertThat(s.mentionAt(2).type()).isEqualTo("COUNTRY");
        assertThat(s.mentionAt(4).type()).isEqualTo("CITY");
        assertThat(s.mentionAt(6).type()).isEqualTo("LOCATION");
    }

    @Test
    void refine_untypedCapitalisedWords_nationalityAndMultiWordCountry() {
        Sentence s = NAMES.refine(sentence("Russian", "JJ", "O", "drills", "NNS", "O", "near", "IN", "O",
                "the", "DT", "O", "United", "NNP", "O", "Arab", "NNP", "O", "Emirates", "NNPS", "O"));
        assertThat(tags(s)).containsExactly("NATIONALITY", "O", "O", "O", "COUNTRY", "COUNTRY", "COUNTRY");
        Mention uae = s.mentionAt(5);
        assertThat(uae.start()).isEqualTo(4);
        assertThat(uae.end()).isEqualTo(7);
        assertThat(uae.text()).isEqualTo("United Arab Emirates");
    }

    @Test
    void refine_untypedWordBeforeALocation_theLongerNameWins() {
        Sentence s = NAMES.refine(sentence("Aid", "NN", "O", "reached", "VBD", "O", "Saint", "NNP", "O",
                "Lucia", "NNP", "LOCATION", "today", "NN", "DATE"));
        assertThat(tags(s)).containsExactly("O", "O", "COUNTRY", "COUNTRY", "DATE");
        assertThat(s.mentions()).filteredOn(m -> m.covers(3)).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Saint Lucia"));
    }

    @Test
    void refine_personOfSeveralWordsThatIsACountrysName_country() {
        Sentence s = NAMES.refine(sentence("Sierra", "NNP", "PERSON", "Leone", "NNP", "PERSON", "thanked", "VBD", "O",
                "Jordan", "NNP", "PERSON"));
        assertThat(tags(s)).containsExactly("COUNTRY", "COUNTRY", "O", "PERSON");
    }

    @Test
    void refine_leavesPeopleOrganisationsLowercaseWordsAndVerbsAlone() {
        // "Georgia" tagged PERSON stays a person; "us" is no country; a capitalised verb is no place.
        Sentence original = sentence("Georgia", "NNP", "PERSON", "told", "VBD", "O", "us", "PRP", "O",
                "Turkey", "VB", "O", "china", "NN", "O");
        Sentence s = NAMES.refine(original);
        assertThat(tags(s)).containsExactly("PERSON", "O", "O", "O", "O");
        assertThat(s).isSameAs(original);
    }

    @Test
    void typeOf_shortCapitalNamesOnlyExactly() {
        assertThat(NAMES.typeOf("US")).isEqualTo("COUNTRY");
        assertThat(NAMES.typeOf("Us")).isNull();
        assertThat(NAMES.typeOf("CÔTE D'IVOIRE")).isEqualTo("COUNTRY");
        assertThat(NAMES.typeOf("Ukrainians")).isEqualTo("NATIONALITY");
        assertThat(NAMES.typeOf("São Paulo")).isEqualTo("CITY");
        assertThat(NAMES.typeOf("Foreign Ministry")).isNull();
    }
}
