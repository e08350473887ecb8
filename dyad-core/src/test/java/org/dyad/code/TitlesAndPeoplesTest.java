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

/** Who a phrase names: an office over a rank, an ethnic group not a state, "he" for a titled person just named. */
class TitlesAndPeoplesTest {

    private static List<String> coded(String start) {
        Sentence s = Fixtures.sentence("coding.conllu", start);
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(List.of(s)), Lexicons.bundled());
        return pipeline.process(new Article("t", null, "test", null, null, LocalDate.of(2025, 5, 7), s.text())).events()
                .stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }

    @Test
    void anOfficeHeldByAGeneral_isTheOffice() {
        assertThat(coded("Marco Rubio spoke with Pakistan's national security adviser")).containsExactly("USAGOV 040 PAKGOV");
    }

    @Test
    void ethnicAlbanians_areNotAlbania() {
        assertThat(coded("Serbian police detained dozens of ethnic Albanians")).noneMatch(e -> e.contains("ALB"));
    }

    @Test
    void he_isTheTitledSpeakerNamedBefore() {
        assertThat(coded("Houthi deputy foreign minister Hussein al-Ezzi said he")).containsExactly("YEMREB 190 USA");
    }
}
