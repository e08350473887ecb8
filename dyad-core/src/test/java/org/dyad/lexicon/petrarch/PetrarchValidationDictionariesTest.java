package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH's own validation dictionaries (MIT, in the shared folder beside the repository), read
 * whole. The counts were taken with grep, not with this reader: see each test.
 */
class PetrarchValidationDictionariesTest {

    private static final Path PETRARCH = Path.of("../../shared/third_party/petrarch");

    private static PetrarchDictionaries dictionaries;

    @BeforeAll
    static void load() {
        dictionaries = PetrarchDictionaries.load(PETRARCH);
    }

    private static List<String> problemsOf(String file) {
        return dictionaries.problems().stream().filter(p -> p.startsWith(file + ":")).toList();
    }

    @Test
    void load_validationFolder_findsOneFileOfEachKindAndIgnoresTheXml() {
        assertThat(dictionaries.verbs()).extracting(PetrarchVerbs::file).containsExactly("PETR.Validate.verbs.2.0.txt");
        assertThat(dictionaries.actors()).extracting(PetrarchActors::file).containsExactly("PETR.Validate.actors.txt");
        assertThat(dictionaries.agents()).extracting(PetrarchAgents::file).containsExactly("PETR.Validate.agents.txt");
        assertThat(dictionaries.discards()).extracting(PetrarchDiscards::file)
                .containsExactly("PETR.Validate.discards.txt");
        assertThat(dictionaries.unsupported()).isEmpty();
        assertThat(dictionaries.problems()).allMatch(p -> p.startsWith("PETR.Validate.verbs.2.0.txt:"));
    }

    /*
     * grep -c '^---'                      -> 69 block headers
     * grep -c '^- '                       -> 452 pattern lines (27 paired codes, 6 [---]), and line
     *                                        453 '* (TO QUESTION) [110]', read without its '-': 453
     * grep -c '^&'                        -> 31 synset headers, &PREPOSIT1_ twice, so 30 sets
     * '+' lines above line 352            -> 266 synset members
     * other lines in the blocks           -> 126, less line 453 -> 125 verbs (20 with {forms};
     *                                        10 with a [code], less line 453 -> 9)
     */
    @Test
    void load_verbs_readsEveryBlockPatternVerbAndSynset() {
        PetrarchVerbs verbs = dictionaries.verbs().get(0);

        assertThat(verbs.blocks()).hasSize(69);
        assertThat(verbs.allPatterns()).hasSize(453);
        assertThat(verbs.allPatterns()).filteredOn(p -> p.code().isPaired()).hasSize(27);
        assertThat(verbs.allPatterns()).filteredOn(p -> p.code().isNull()).hasSize(6);
        assertThat(verbs.allVerbs()).hasSize(125);
        assertThat(verbs.allVerbs()).filteredOn(VerbEntry::formsGiven).hasSize(20);
        assertThat(verbs.allVerbs()).filteredOn(v -> v.code().isPresent()).hasSize(9);
        assertThat(verbs.synsets()).hasSize(30);
        assertThat(verbs.synsets().values()).flatExtracting(Synset::members).hasSize(266);
        assertThat(verbs.blocks().get(0).head()).isEqualTo("ABANDON");
        assertThat(verbs.blocks().get(68).head()).isEqualTo("PROMISE");
        // Read back, every pattern gives its own text (less its code) with spaces normalised.
        assertThat(verbs.allPatterns()).allSatisfy(p -> assertThat(PatternToken.join(p.tokens()))
                .isEqualTo(p.raw().substring(0, p.raw().lastIndexOf('[')).strip().replaceAll("\\s+", " ")
                        .replaceAll("([{(]) ", "$1").replaceAll(" ([})])", "$1")));
    }

    /*
     * The three lines of the verb file that are odd in the file itself:
     * 117  &PREPOSIT1_ is defined a second time, with the same members (PETRARCH appends them too);
     * 453  "* (TO QUESTION) [110]" in the BEGIN block lacks the '-' of a pattern line;
     * 1108 "- * &SECURITY [0332]" uses a synset that the file never defines.
     */
    @Test
    void load_verbs_reportsOnlyTheThreeOddLines() {
        assertThat(problemsOf("PETR.Validate.verbs.2.0.txt")).extracting(p -> p.split(":")[1])
                .containsExactly("117", "453", "1108");
    }

    /*
     * lines not starting with blank, '+', '[', '#' or '<!'      -> 130 entries (7 with no code on the name line)
     * grep -c '^+'                                             -> 33 synonyms, so 163 names
     * 123 codes on name lines + 17 bracket-only lines          -> 140 codes, 13 of them dated
     */
    @Test
    void load_actors_readsEveryEntryNameAndDatedCode() {
        List<ActorEntry> entries = dictionaries.actors().get(0).entries();

        assertThat(entries).hasSize(130);
        assertThat(entries).flatExtracting(ActorEntry::names).hasSize(163);
        assertThat(entries).flatExtracting(ActorEntry::codes).hasSize(140);
        assertThat(entries).flatExtracting(ActorEntry::codes).filteredOn(c -> !c.isUndated()).hasSize(13);
        ActorEntry gollum = entries.stream().filter(e -> e.names().get(0).raw().equals("GOLLUM")).findFirst()
                .orElseThrow();
        assertThat(gollum.names()).extracting(Phrase::raw).containsExactly("GOLLUM", "SMEAGOL", "SLINKER", "STINKER");
        assertThat(gollum.codes()).containsExactly(
                new DatedCode("HOB", null, LocalDate.of(1995, 6, 1)),
                new DatedCode("HOBGOV", LocalDate.of(1995, 6, 1), LocalDate.of(1999, 8, 15)),
                new DatedCode("HOBREB", LocalDate.of(1999, 8, 16), null));
        assertThat(problemsOf("PETR.Validate.actors.txt")).isEmpty();
    }

    /*
     * 90 content lines less the 2 '!NAME! =' lines                   -> 88 entries
     * CONGRESS!PERSON! gives 5 names and !MINST!_OF_SILLY_WALKS 4  -> 95 names
     * grep -c '{'                                                  -> 18 with braces, 16 of them '{}'
     * grep -c 'NGO~'                                               -> 3 codes before the actor
     */
    @Test
    void load_agents_readsEveryEntryWithStemsExpanded() {
        PetrarchAgents agents = dictionaries.agents().get(0);

        assertThat(agents.substitutions()).containsOnlyKeys("PERSON", "MINST");
        assertThat(agents.entries()).hasSize(88);
        assertThat(agents.entries()).flatExtracting(AgentEntry::names).hasSize(95);
        assertThat(agents.entries()).filteredOn(AgentEntry::pluralsGiven).hasSize(18);
        assertThat(agents.entries()).flatExtracting(AgentEntry::plurals).extracting(Phrase::raw)
                .containsExactly("ATTORNEYS_GENERAL", "GOLDEN_GEESE");
        assertThat(agents.entries()).filteredOn(e -> e.code().beforeActor()).hasSize(3);
        assertThat(problemsOf("PETR.Validate.agents.txt")).isEmpty();
    }

    /* 9 lines that are neither blank nor comments, 4 of them with '+' (story level). */
    @Test
    void load_discards_readsStoryAndSentenceDiscards() {
        List<Discard> discards = dictionaries.discards().get(0).discards();

        assertThat(discards).hasSize(9);
        assertThat(discards).filteredOn(Discard::wholeStory).extracting(d -> d.phrase().text())
                .containsExactly("World Golf Championships", "Manchester United", "TYPHOON", "ESPN2");
        assertThat(problemsOf("PETR.Validate.discards.txt")).isEmpty();
    }
}
