package org.dyad.lexicon;

import org.dyad.actor.ActorLexicon;
import org.dyad.code.CodebookEntry;
import org.dyad.code.EventPattern;
import org.dyad.pipeline.Lexicons;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled lexicons, linted: every line readable, every code known, no pattern listed twice
 * (with the same or a conflicting code), every CAMEO root covered.
 */
class LexiconLintTest {

    private static final Lexicons LEXICONS = Lexicons.bundled();

    @Test
    void lexicons_everyLineReadsWithoutProblem() {
        assertThat(LEXICONS.problems()).isEmpty();
    }

    @Test
    void codebook_everyRootWithQuadClassAndGoldsteinInRange() {
        Set<String> roots = LEXICONS.codebook().entries().stream().map(e -> e.code().root()).collect(Collectors.toSet());
        assertThat(roots).hasSize(20);
        for (CodebookEntry e : LEXICONS.codebook().entries()) {
            assertThat(e.goldstein()).as(e.code().value()).isBetween(-10.0, 10.0);
            int root = Integer.parseInt(e.code().root());
            int expectedQuad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertThat(e.quadClass()).as("quad class of " + e.code()).isEqualTo(expectedQuad);
        }
    }

    @Test
    void eventLexicon_coversAllTwentyRoots() {
        Set<String> roots = new TreeSet<>();
        for (EventPattern p : LEXICONS.events().all()) {
            roots.add(p.code().root());
        }
        assertThat(roots).hasSize(20);
    }

    @Test
    void actorLexicon_everyUnMemberAndKeyMetonym() {
        ActorLexicon actors = LEXICONS.actors();
        assertThat(actors.countries()).hasSizeGreaterThanOrEqualTo(195);
        assertThat(actors.country("BLR").orElseThrow().adjectives()).contains("Belarusian", "Belarusians");
        assertThat(actors.country("RUS").orElseThrow().seats()).contains("Moscow", "Kremlin");
        assertThat(actors.country("USA").orElseThrow().seats()).contains("White House");
        assertThat(actors.country("GBR").orElseThrow().seats()).contains("Downing Street");
    }
}
