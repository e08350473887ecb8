package org.dyad.lexicon;

import org.dyad.actor.ActorLexicon;
import org.dyad.code.CameoCodebook;
import org.dyad.code.CodebookEntry;
import org.dyad.code.EventLexicon;
import org.dyad.code.EventPattern;
import org.dyad.pipeline.Lexicons;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled lexicons, linted ({@link LexiconLinter}): every line readable, every code known, no
 * entry listed twice or meaning two things, every person's roles in order, every codebook code
 * with a trigger. The linter itself is tested on small bad files, so that a clean run means something.
 * Run alone with {@code mvn -B -q -pl dyad-core -am test -Dtest=LexiconLintTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LexiconLintTest {

    private static final Lexicons LEXICONS = Lexicons.bundled();
    private static final LexiconLinter LINTER = new LexiconLinter();

    @Test
    void lexicons_everyLineReadsWithoutProblem() {
        assertThat(LEXICONS.problems()).isEmpty();
    }

    @Test
    void bundledLexicons_lintClean() {
        List<String> findings = LINTER.lint(LexiconLinter.Files.bundled());
        findings.forEach(System.out::println);
        assertThat(findings).as("lexicon lint findings").isEmpty();
    }

    @Test
    void everyLexiconFileOfTheFolderIsRead() throws IOException {
        Path folder = Path.of("src/main/resources/lexicon");
        Set<String> read = LexiconFile.resource("lexicon/index.txt").stream().map(l -> l.field(0))
                .collect(Collectors.toCollection(TreeSet::new));
        read.addAll(Set.of("index.txt", "cameo.txt", "verbs.txt", "nouns.txt", "cues.txt", "discards.txt"));
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).as("files in the folder that index.txt does not list").isSubsetOf(read);
            assertThat(read).as("files index.txt lists that are missing").isSubsetOf(present);
        }
    }

    /**
     * Codes the pattern language cannot tell from their root, with the reason. A pattern sees the head
     * of an object ("the lifting of sanctions" has the head "lifting"), not what modifies it, and
     * verb chains ("threatened to walk out of the talks") are coded verb by verb.
     */
    private static final Map<String, String> UNCOVERABLE = Map.ofEntries(
            Map.entry("0251", "what is eased is a modifier of 'lifting'/'easing': coded 025"),
            Map.entry("0254", "what is eased is a modifier of 'lifting'/'easing': coded 025"),
            Map.entry("0351", "what is eased is a modifier of 'lifting'/'easing': coded 035"),
            Map.entry("0354", "what is eased is a modifier of 'lifting'/'easing': coded 035"),
            Map.entry("1051", "what is eased is a modifier of 'lifting'/'easing': coded 105"),
            Map.entry("1054", "what is eased is a modifier of 'lifting'/'easing': coded 105"),
            Map.entry("0252", "'calm' is asked of fighters as often as of protesters: coded 025"),
            Map.entry("0352", "no English trigger of its own: a verb chain ('promised to call off the protests')"),
            Map.entry("1052", "no English trigger of its own: a verb chain ('demanded that they end the protests')"),
            Map.entry("134", "a verb chain ('threatened to walk out of the talks'): coded 130 and the walk-out"),
            Map.entry("135", "a verb chain ('threatened to end its mediation'): coded 130 and the ending"));

    @Test
    void codebook_everyCodeHasAVerbOrNounTrigger() {
        List<String> uncovered = LexiconLinter.uncovered(LEXICONS.codebook(), LEXICONS.events());
        System.out.println("codebook codes without a trigger: " + uncovered.size() + " of "
                + LEXICONS.codebook().entries().size() + " " + uncovered);
        assertThat(uncovered).as("codes with no verb or noun entry and no stated reason").isSubsetOf(UNCOVERABLE.keySet());
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

    // ---- the linter on small bad files ----

    private static final String CAMEO = """
            04 | Consult | 1 | 1.0 | CONSULT
            040 | Consult, not specified below | 1 | 1.0 | CONSULT
            042 | Make a visit | 1 | 1.9 | CONSULT
            17 | Coerce | 4 | -7.0 | COERCE
            173 | Arrest, detain | 4 | -5.0 | COERCE
            """;
    private static final String COUNTRIES = """
            RUS | RU | 61.52,105.32 | Russia; Russian Federation | Russian; Russians | Moscow; Kremlin
            UKR | UA | 48.38,31.17 | Ukraine | Ukrainian; Ukrainians | Kyiv
            """;

    private static List<String> lint(String people, String organisations, String agents, String verbs, String nouns) {
        return LINTER.lint(new LexiconLinter.Files(LexiconFile.parse("cameo.txt", CAMEO),
                LexiconFile.parse("countries.txt", COUNTRIES), LexiconFile.parse("people-bad.txt", people),
                LexiconFile.parse("organisations.txt", organisations), LexiconFile.parse("agents.txt", agents),
                LexiconFile.parse("verbs.txt", verbs), LexiconFile.parse("nouns.txt", nouns)));
    }

    @Test
    void linter_descriptionOfACodeNoOrganisationHas_reported() {
        List<String> findings = LINTER.lint(new LexiconLinter.Files(LexiconFile.parse("cameo.txt", CAMEO),
                LexiconFile.parse("countries.txt", COUNTRIES), List.of(),
                LexiconFile.parse("organisations.txt", "IGONAT | NATO |\n"), List.of(), List.of(), List.of(),
                LexiconFile.parse("regions.txt", "WST | West | Western |\nEUR | Europe; Russia | European |\n"),
                LexiconFile.parse("descriptions.txt", "IGONAT | alliance; military alliance; alliance |\nIGOCST | alliance |\n")));
        assertThat(findings).anyMatch(f -> f.startsWith("descriptions.txt:2:") && f.contains("IGOCST"))
                .anyMatch(f -> f.startsWith("descriptions.txt:1:") && f.contains("duplicate"))
                .anyMatch(f -> f.startsWith("regions.txt:2:") && f.contains("Russia") && f.contains("conflict"))
                .hasSize(3);
    }

    @Test
    void linter_cleanSmallFiles_noFinding() {
        assertThat(lint("""
                        Vladimir Putin | Putin | RUSGOV | 2000-05-07..2008-05-07 | president
                        Vladimir Putin | Putin | RUSGOV | 2008-05-08..2012-05-07 | prime minister
                        Vladimir Putin | Putin | RUSGOV | 2012-05-07.. | president
                        Dmytro Kuleba | Kuleba | UKRGOV | 2020-03-04..2024-09-05 | foreign minister
                        Dmytro Kuleba | Kuleba | UKRGOV | 2019-08-29..2020-03-04 | deputy prime minister
                        """, "IGOUNO | United Nations; UN |\nRUSSPY | FSB; Federal Security Service |\n",
                "police | COP |\nriot police | COP |\n",
                "042 | visit TARGET |\n042 | travel to TARGET |\n173 | detain TARGET |\n",
                "042 | visit to TARGET |\n173 | arrest of TARGET |\n")).isEmpty();
    }

    @Test
    void linter_malformedLines_reportFileAndLine() {
        List<String> findings = lint("""
                        Vladimir Putin | Putin | RUSGOV | 2000-05-07 to 2008-05-07 | president
                        Vladimir Putin | Putin | RUSGOV | 2000-05-07..2008-13-40 | president
                        Sergei Lavrov | Lavrov | russian government | 2004-03-09.. | foreign minister
                        Sergei Shoigu | Shoigu | RUSGOV | 2012-11-06..2024-05-12 | defence minister | extra field
                        """, "IGOUNO\n", "police\n", "042 visit TARGET\n", "042 | of TARGET |\n");
        assertThat(findings).anyMatch(f -> f.startsWith("people-bad.txt:1:"))
                .anyMatch(f -> f.startsWith("people-bad.txt:2:"))
                .anyMatch(f -> f.startsWith("people-bad.txt:3:"))
                .anyMatch(f -> f.startsWith("people-bad.txt:4:") && f.contains("6 fields"))
                .anyMatch(f -> f.startsWith("organisations.txt:1:"))
                .anyMatch(f -> f.startsWith("agents.txt:1:"))
                .anyMatch(f -> f.startsWith("verbs.txt:1:"))
                .anyMatch(f -> f.startsWith("nouns.txt:1:"));
    }

    @Test
    void linter_datedOrganisationCodes_readOrReported() {
        // A group that took power keeps its name (the Taliban from 2021); the countries here are Russia and Ukraine.
        assertThat(lint("", "UKRREB | Liberation Front | note | UKRGOV 2021-08-15..\n", "", "", "")).isEmpty();
        assertThat(lint("", "UKRREB | Liberation Front | note | UKRGOV since 2021\nRUSREB | Army of the North | note | RUSGOV 2024-13-40..\n"
                + "RUSREB | Southern Front | note | gaza 2007-06-15..\n", "", "", ""))
                .anyMatch(f -> f.startsWith("organisations.txt:1:"))
                .anyMatch(f -> f.startsWith("organisations.txt:2:") && f.contains("ISO date"))
                .anyMatch(f -> f.startsWith("organisations.txt:3:"));
    }

    @Test
    void linter_duplicateAndConflictingEntries() {
        List<String> findings = lint("",
                "SDNREB | Rapid Support Forces; RSF |\nNGORSF | Reporters Without Borders; RSF |\nIGOUNO | United Nations |\nIGOUNO | United Nations |\n",
                "police | COP |\nprotester | CVL |\nprotester | OPP |\npolice | COP |\n",
                "042 | visit TARGET |\n173 | detain TARGET |\n042 | visit TARGET |\n"
                        + "040 | meet with leader|minister |\n042 | meet with minister|envoy |\n",
                "173 | arrest of TARGET |\n173 | arrest of TARGET |\n");
        assertThat(findings)
                .anyMatch(f -> f.startsWith("organisations.txt:2:") && f.contains("'RSF'") && f.contains("conflict"))
                .anyMatch(f -> f.startsWith("organisations.txt:4:") && f.contains("duplicate"))
                .anyMatch(f -> f.startsWith("agents.txt:3:") && f.contains("conflict"))
                .anyMatch(f -> f.startsWith("agents.txt:4:") && f.contains("duplicate"))
                .anyMatch(f -> f.startsWith("verbs.txt:3:") && f.contains("visit TARGET"))
                .anyMatch(f -> f.startsWith("verbs.txt:5:") && f.contains("conflict"))
                .anyMatch(f -> f.startsWith("nouns.txt:2:"));
        // A capitalised name matches any capitalised spelling, so "JeM" would also take "JEM".
        assertThat(lint("", "PAKREB | JeM |\nSDNREB | JEM |\n", "", "", "")).anyMatch(f -> f.contains("conflict"));
    }

    @Test
    void linter_unknownCodes() {
        List<String> findings = lint("Jane Doe | Doe | XYZGOV | 2001-01-01..2002-01-01 | minister\n"
                        + "John Doe | Doe | RUSABC | 2001-01-01..2002-01-01 | minister\n",
                "FRAMED | Le Monde |\n", "", "099 | visit TARGET |\n0421 | tour TARGET |\n", "");
        assertThat(findings)
                .anyMatch(f -> f.startsWith("people-bad.txt:1:") && f.contains("XYZ"))
                .anyMatch(f -> f.startsWith("people-bad.txt:2:") && f.contains("ABC"))
                .anyMatch(f -> f.startsWith("organisations.txt:1:") && f.contains("FRA"))
                .anyMatch(f -> f.startsWith("verbs.txt:1:") && f.contains("099"))
                .anyMatch(f -> f.startsWith("verbs.txt:2:") && f.contains("0421"));
    }

    @Test
    void linter_datedRoles_endBeforeStartAndOverlaps() {
        List<String> findings = lint("""
                        Petro Poroshenko | Poroshenko | UKRGOV | 2019-05-20..2014-06-07 | president
                        Volodymyr Zelensky | Zelensky | UKRGOV | 2019-05-20.. | president
                        Volodymyr Zelensky | Zelensky | UKRGOV | 2022-01-01..2023-01-01 | president
                        Yulia Tymoshenko | Tymoshenko | UKRGOV | 2007-12-18..2010-03-04 | prime minister
                        Yulia Tymoshenko | Tymoshenko | UKROPP | 2010-02-25..2014-02-22 | opposition leader
                        Arseniy Yatsenyuk | Yatsenyuk | UKRGOV | 2014-02-27..2016-04-14 | prime minister
                        Arseniy Yatsenyuk | Yatsenyuk | UKROPP | 2016-04-14.. | opposition
                        Leonid Kuchma | Kuchma | UKRGOV | 1994-07-19..2005-01-23 | president
                        Leonid Kuchma | Kuchma | UKRGOV | 1994-07-19..2005-01-23 | president (two terms)
                        """, "", "", "", "");
        assertThat(findings)
                .anyMatch(f -> f.startsWith("people-bad.txt:1:") && f.contains("before"))
                .anyMatch(f -> f.startsWith("people-bad.txt:3:") && f.contains("same office"))
                .anyMatch(f -> f.startsWith("people-bad.txt:5:") && f.contains("two codes"))
                .anyMatch(f -> f.startsWith("people-bad.txt:9:") && f.contains("same office"))
                .noneMatch(f -> f.startsWith("people-bad.txt:7:"))
                .hasSize(4);
    }

    @Test
    void uncovered_reportsCodesWithoutTrigger_rootsByTheirResidualCode() {
        CameoCodebook codebook = new CameoCodebook(LexiconFile.parse("cameo.txt", CAMEO));
        EventLexicon events = new EventLexicon(LexiconFile.parse("verbs.txt", "040 | consult TARGET |\n042 | visit TARGET |\n"),
                LexiconFile.parse("nouns.txt", "173 | arrest of TARGET |\n"), codebook);
        assertThat(LexiconLinter.uncovered(codebook, events)).containsExactly("17");
    }
}
