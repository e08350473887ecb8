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

/** Forces an entry names as its object ("send troops", "scramble a jet") are the source's own, not its target. */
class OwnForcesTest {

    private static final Lexicons LEXICONS = Lexicons.bundled();

    private static List<String> coded(String start) {
        Sentence s = Fixtures.sentence("coding.conllu", start);
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(List.of(s)), LEXICONS);
        return pipeline.process(new Article("t", null, "test", null, null, LocalDate.of(2021, 5, 23), s.text())).events()
                .stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).sorted().toList();
    }

    @Test
    void forcesTheSourceSends_areNotItsTarget() {
        assertThat(coded("Belarus scrambled a fighter jet")).noneMatch(e -> e.endsWith("BLRMIL"));
        assertThat(coded("Abiy sent troops into Tigray")).containsExactly("ETHGOV 112 ETHREB");
    }

    @Test
    void whereTheyAreSent_isStillTheTarget() {
        assertThat(coded("Russia sent troops to Belarus")).containsExactly("RUS 154 BLR");
    }
}
