package org.dyad.code;

import org.dyad.Fixtures;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.nlp.ConllUAnnotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
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
        List<Sentence> sentences = java.util.Arrays.stream(starts).map(s -> Fixtures.sentence("coding.conllu", s)).toList();
        List<Sentence> indexed = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            indexed.add(new Sentence(i, false, s.text(), s.tokens(), s.mentions(), s.times()));
        }
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(indexed), Lexicons.bundled());
        String text = String.join("\n\n", indexed.stream().map(Sentence::text).toList());
        return pipeline.process(new Article("t", null, "test", null, null, LocalDate.of(2024, 9, 10), text)).events()
                .stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
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
}
