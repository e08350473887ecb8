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

/** An organisation's dated code (organisations.txt, fourth field): the Taliban govern from 2021-08-15. */
class DatedOrganisationTest {

    private static List<String> coded(LocalDate published) {
        Sentence s = Fixtures.sentence("coding.conllu", "The Taliban accused Pakistan");
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(List.of(s)), Lexicons.bundled());
        return pipeline.process(new Article("t", null, "test", null, null, published, s.text())).events()
                .stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }

    @Test
    void theTaliban_areInsurgentsBeforeTheFallOfKabul_andTheGovernmentAfter() {
        assertThat(coded(LocalDate.of(2019, 3, 1))).containsExactly("AFGREB 112 PAK");
        assertThat(coded(LocalDate.of(2023, 3, 1))).containsExactly("AFGGOV 112 PAK");
    }
}
