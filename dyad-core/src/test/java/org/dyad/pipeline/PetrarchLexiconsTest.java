package org.dyad.pipeline;

import org.dyad.code.EventPattern;
import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchLexiconsTest {

    private static final Lexicons DEFAULTS = Lexicons.bundled();

    private static Lexicons convert(Path dir, List<String> problems) throws Exception {
        Files.writeString(dir.resolve("test.actors.txt"), """
                NORTHLAND [NOR]
                +NORTHLANDERS
                RIVER_GUARD [NORRIVMIL]
                OLAF_THE_BOLD [NORGOV >950101]
                """);
        Files.writeString(dir.resolve("test.agents.txt"), """
                MINISTER [~GOV]
                FOREIGN_MINISTER [~GOVFRM]
                """);
        Files.writeString(dir.resolve("test.verbs.txt"), """
                --- ACCUSE [112] ---
                ACCUSE
                - * + OF SPYING [1121]
                - * WITH + [999]

                --- RESTORE [050] ---
                RESTORE
                - * RELATIONS WITH + [050]
                """);
        return PetrarchLexicons.from(PetrarchDictionaries.load(dir), DEFAULTS, problems);
    }

    @Test
    void from_actorsAgentsAndVerbs_inDyadsTerms(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        Lexicons lexicons = convert(dir, problems);
        assertThat(lexicons.actors().country("NOR")).isPresent();
        assertThat(lexicons.actors().agentRole("foreign minister")).isEqualTo("GOVFRM");
        assertThat(lexicons.events().entries(false, "accuse")).extracting(EventPattern::written).contains("accuse");
        assertThat(lexicons.events().entries(false, "restore")).extracting(EventPattern::written)
                .contains("restore relations with TARGET");
        assertThat(lexicons.codebook().entry("042")).isEqualTo(DEFAULTS.codebook().entry("042"));
        assertThat(lexicons.dictionaryVerbs()).isNotNull();
    }

    @Test
    void from_codesOutsideCameo_reportedAndCodedAsGivenWithoutQuadClass(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        Lexicons lexicons = convert(dir, problems);
        assertThat(problems).anyMatch(p -> p.contains("codes outside the CAMEO codebook") && p.contains("999"));
        assertThat(lexicons.codebook().entry("999")).hasValueSatisfying(e -> {
            assertThat(e.quadClass()).isZero();
            assertThat(e.plover()).isNull();
        });
        assertThat(DEFAULTS.codebook().contains("999")).isFalse();
    }
}
