package org.dyad.code;

import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.ConllU;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.PetrarchLexicons;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PETRARCH verb patterns matched as written, on parses given as CoNLL-U (no CoreNLP needed). */
class DictionaryCodingTest {

    private static Lexicons lexicons;

    @BeforeAll
    static void dictionaries(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test.actors.txt"), """
                NORTHLAND [NOR]
                SOUTHLAND [SOU]
                EASTMARCH [EAS]
                +HAROLD
                THE_WESTFOLD [WST/FLD]
                THE_WATCHERS [+++]
                OLAF_THE_BOLD [NOR]
                \t[NORGOV 20100101-20121231]
                """);
        Files.writeString(dir.resolve("test.agents.txt"), "MINISTER [~GOV]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\nMINISTRY_OF_FISHERIES [~AGR]\n"
                + "MEDIA {} [~MED]\nGOVERNMENT [~GOV]\nMEDICS {} [NGO~]\nDIPLOMAT [~GOV]\n");
        Files.writeString(dir.resolve("test.verbs.txt"), """
                &TIES
                +TIES
                +RELATIONS

                --- RESTORE [050] ---
                RESTORE
                - * {DIPLOMATIC &TIES} [064]
                - * FULL {DIPLOMATIC &TIES} [0641]
                - &NEVER * [---]

                --- HOST [043:042] ---
                HOST

                --- SAY [010] ---
                SAY

                --- LAUNCH [---] ---
                LAUNCH
                - * OFFENSIVE [190]
                """);
        List<String> problems = new ArrayList<>();
        lexicons = PetrarchLexicons.from(PetrarchDictionaries.load(dir), Lexicons.bundled(), problems);
    }

    private static List<String> code(String conllu, LocalDate date) {
        return code(conllu, date, CodingOptions.DEFAULT);
    }

    private static List<String> code(String conllu, LocalDate date, CodingOptions options) {
        List<Sentence> parse = ConllU.parseAll(conllu);
        Annotator given = article -> new AnnotatedArticle(article, parse);
        Pipeline pipeline = new Pipeline(given, lexicons, options);
        List<Event> events = pipeline.process(new Article("t", null, "test", null, null, date, "x")).events();
        return events.stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).sorted().toList();
    }

    private static final String RESTORED = """
            1\tNorthland\tNorthland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\trestored\trestore\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tfull\tfull\tADJ\tJJ\t_\t5\tamod\t_\t_
            4\tdiplomatic\tdiplomatic\tADJ\tJJ\t_\t5\tamod\t_\t_
            5\trelations\trelation\tNOUN\tNNS\t_\t2\tobj\t_\t_
            6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_
            7\tSouthland\tSouthland\tPROPN\tNNP\t_\t5\tnmod\t_\t_
            8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_
            9\tEastmarch\tEastmarch\tPROPN\tNNP\t_\t7\tconj\t_\t_
            10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """;

    @Test
    void theLongestPatternWins_andTheTargetIsTheFirstActorAfterTheVerb_withItsConjuncts() {
        assertThat(code(RESTORED, LocalDate.of(2015, 1, 1))).containsExactly("NOR 0641 EAS", "NOR 0641 SOU");
    }

    @Test
    void aPatternWhoseWordsAreMissingDoesNotMatch_theShorterOneDoes() {
        String withoutFull = RESTORED.replace("3\tfull\tfull\tADJ\tJJ\t_\t5\tamod", "3\tnew\tnew\tADJ\tJJ\t_\t5\tamod");
        assertThat(code(withoutFull, LocalDate.of(2015, 1, 1))).containsExactly("NOR 064 EAS", "NOR 064 SOU");
    }

    @Test
    void aPairedCodeGivesTheReverseEvent_andADatedRoleWinsOnItsDates() {
        String hosted = """
                1\tOlaf\tOlaf\tPROPN\tNNP\t_\t3\tcompound\t_\t_
                2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_
                3\tBold\tBold\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
                4\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
                5\tSouthland\tSouthland\tPROPN\tNNP\t_\t4\tobj\t_\t_
                6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

                """;
        assertThat(code(hosted, LocalDate.of(2011, 6, 1))).containsExactly("NORGOV 043 SOU", "SOU 042 NORGOV");
        assertThat(code(hosted, LocalDate.of(2014, 6, 1))).containsExactly("NOR 043 SOU", "SOU 042 NOR");
    }

    private static final String LISTED = """
            1\tNorthland\tNorthland\tPROPN\tNNP\t_\t6\tnsubj\t_\t_
            2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
            3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
            4\tWestfold\tWestfold\tPROPN\tNNP\t_\t1\tappos\t_\t_
            5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_
            6\trestored\trestore\tVERB\tVBD\t_\t0\troot\t_\t_
            7\tties\ttie\tNOUN\tNNS\t_\t6\tobj\t_\t_
            8\twith\twith\tADP\tIN\t_\t9\tcase\t_\t_
            9\tSouthland\tSouthland\tPROPN\tNNP\t_\t7\tnmod\t_\t_
            10\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_

            """;

    @Test
    void aNameOfAnotherActorSetOffByCommasIsAListMember_withItsCodeKeptAsTheDictionaryWritesIt() {
        // "the Westfold" in lower case still matches THE_WESTFOLD; its code is no CAMEO shape but is kept.
        assertThat(code(LISTED, LocalDate.of(2015, 1, 1))).containsExactly("NOR 050 SOU", "WST/FLD 050 SOU");
    }

    @Test
    void anAppositionThatRenamesTheSameCountryAddsNoSource() {
        String renamed = LISTED.replace("4\tWestfold\tWestfold", "4\tNorthland\tNorthland");
        assertThat(code(renamed, LocalDate.of(2015, 1, 1))).containsExactly("NOR 050 SOU");
    }

    @Test
    void aModifierAfterTheLastConjunctBelongsToEveryConjunct_withTheCountriesConjoinedThere() {
        String shared = """
                1\tLawmakers\tlawmaker\tNOUN\tNNS\t_\t8\tnsubj\t_\t_
                2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_
                3\tofficials\tofficial\tNOUN\tNNS\t_\t1\tconj\t_\t_
                4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
                5\tNorthland\tNorthland\tPROPN\tNNP\t_\t1\tnmod\t_\t_
                6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_
                7\tSouthland\tSouthland\tPROPN\tNNP\t_\t5\tconj\t_\t_
                8\trestored\trestore\tVERB\tVBD\t_\t0\troot\t_\t_
                9\tties\ttie\tNOUN\tNNS\t_\t8\tobj\t_\t_
                10\twith\twith\tADP\tIN\t_\t11\tcase\t_\t_
                11\tEastmarch\tEastmarch\tPROPN\tNNP\t_\t9\tnmod\t_\t_
                12\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_

                """;
        assertThat(code(shared, LocalDate.of(2015, 1, 1)))
                .containsExactly("NORGOV 050 EAS", "NORLEG 050 EAS", "SOUGOV 050 EAS", "SOULEG 050 EAS");
    }

    @Test
    void aCapitalisedPluralInAnAgentsNameStillMatches() {
        // The tagger leaves "Fisheries" as it is written; the agent is looked up with it made singular.
        String ministry = """
                1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_
                2\tNorthland\tNorthland\tPROPN\tNNP\t_\t3\tcompound\t_\t_
                3\tMinistry\tMinistry\tPROPN\tNNP\t_\t6\tnsubj\t_\t_
                4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_
                5\tFisheries\tFisheries\tPROPN\tNNPS\t_\t3\tnmod\t_\t_
                6\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
                7\tSouthland\tSouthland\tPROPN\tNNP\t_\t6\tobj\t_\t_
                8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_

                """;
        assertThat(code(ministry, LocalDate.of(2015, 1, 1))).containsExactly("NORAGR 043 SOU", "SOU 042 NORAGR");
    }

    private static final String MEDIA = """
            1\tNorthland\tNorthland\tPROPN\tNNP\t_\t2\tcompound\t_\t_
            2\tmedia\tmedia\tNOUN\tNNS\t_\t5\tnsubj\t_\t_
            3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_
            4\tgovernment\tgovernment\tNOUN\tNN\t_\t2\tconj\t_\t_
            5\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
            6\tSouthland\tSouthland\tPROPN\tNNP\t_\t5\tobj\t_\t_
            7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

            """;

    @Test
    void aConjunctWithoutACountryOfItsOwnSharesTheOneWrittenBeforeTheFirst() {
        assertThat(code(MEDIA, LocalDate.of(2015, 1, 1)))
                .containsExactly("NORGOV 043 SOU", "NORMED 043 SOU", "SOU 042 NORGOV", "SOU 042 NORMED");
    }

    @Test
    void everyAgentOfAPhraseAddsItsCode_beforeTheCountryWhenWrittenSo() {
        String diplomat = """
                1\tA\ta\tDET\tDT\t_\t4\tdet\t_\t_
                2\tMedics\tMedics\tPROPN\tNNP\t_\t4\tcompound\t_\t_
                3\tNorthland\tNorthland\tPROPN\tNNP\t_\t4\tcompound\t_\t_
                4\tdiplomat\tdiplomat\tNOUN\tNN\t_\t5\tnsubj\t_\t_
                5\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
                6\tSouthland\tSouthland\tPROPN\tNNP\t_\t5\tobj\t_\t_
                7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

                """;
        assertThat(code(diplomat, LocalDate.of(2015, 1, 1))).containsExactly("NGONORGOV 043 SOU", "SOU 042 NGONORGOV");
    }

    @Test
    void aPatternWordInAConjoinedObjectCounts() {
        String offensive = """
                1\tNorthland\tNorthland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
                2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_
                3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_
                4\tbombing\tbombing\tNOUN\tNN\t_\t2\tobj\t_\t_
                5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_
                6\tshelling\tshelling\tNOUN\tNN\t_\t7\tcompound\t_\t_
                7\toffensive\toffensive\tNOUN\tNN\t_\t4\tconj\t_\t_
                8\tagainst\tagainst\tADP\tIN\t_\t9\tcase\t_\t_
                9\tSouthland\tSouthland\tPROPN\tNNP\t_\t4\tnmod\t_\t_
                10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

                """;
        assertThat(code(offensive, LocalDate.of(2015, 1, 1))).containsExactly("NOR 190 SOU");
    }

    @Test
    void anAgentOfNoNamedCountryIsPetrarchsUnplacedAgent_notTheCountryOfTheContext() {
        String government = """
                1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
                2\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tnsubj\t_\t_
                3\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
                4\tSouthland\tSouthland\tPROPN\tNNP\t_\t3\tobj\t_\t_
                5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

                """;
        assertThat(code(government, LocalDate.of(2015, 1, 1))).containsExactly("---GOV 043 SOU", "SOU 042 ---GOV");
    }

    private static final String SAID = """
            1\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_
            2\tsenior\tsenior\tADJ\tJJ\t_\t4\tamod\t_\t_
            3\tNorthland\tNorthland\tPROPN\tNNP\t_\t4\tcompound\t_\t_
            4\tofficial\tofficial\tNOUN\tNN\t_\t5\tnsubj\t_\t_
            5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
            6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_
            7\tSaturday\tSaturday\tPROPN\tNNP\t_\t5\tobl\t_\t_
            8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

            """;

    @Test
    void withDyadsRequired_aVerbWithNoTargetGivesNoEvent() {
        assertThat(code(SAID, LocalDate.of(2015, 1, 1))).isEmpty();
    }

    @Test
    void withDyadsNotRequired_aVerbWithANounPhraseButNoActorAfterItIsOneSided() {
        CodingOptions oneSided = new CodingOptions(false);
        assertThat(code(SAID, LocalDate.of(2015, 1, 1), oneSided)).containsExactly("NORGOV 010 ---");
        String unnamed = SAID.replace("3\tNorthland\tNorthland\tPROPN\tNNP", "3\tgovernment\tgovernment\tNOUN\tNN");
        assertThat(code(unnamed, LocalDate.of(2015, 1, 1), oneSided)).containsExactly("---GOV 010 ---");
        // "said today": a bare time is no noun phrase to aim at, and PETRARCH codes nothing there.
        String today = SAID.replace("6\ton\ton\tADP\tIN\t_\t7\tcase", "6\tjust\tjust\tADV\tRB\t_\t7\tadvmod")
                .replace("7\tSaturday\tSaturday\tPROPN\tNNP\t_\t5\tobl", "7\ttoday\ttoday\tNOUN\tNN\t_\t5\tobl:tmod");
        assertThat(code(today, LocalDate.of(2015, 1, 1), oneSided)).isEmpty();
    }

    @Test
    void aCountryNamedAsThePossessorIsThePhrasesActor_overAnotherCountrysNameAtItsHead() {
        // HAROLD is written as a name of Eastmarch, as PETRARCH's dictionaries write leaders.
        String possessed = """
                1\tNorthland\tNorthland\tPROPN\tNNP\t_\t4\tnmod:poss\t_\t_
                2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
                3\tminister\tminister\tNOUN\tNN\t_\t4\tcompound\t_\t_
                4\tHarold\tHarold\tPROPN\tNNP\t_\t5\tnsubj\t_\t_
                5\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
                6\tSouthland\tSouthland\tPROPN\tNNP\t_\t5\tobj\t_\t_
                7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

                """;
        assertThat(code(possessed, LocalDate.of(2015, 1, 1))).containsExactly("NORGOV 043 SOU", "SOU 042 NORGOV");
        String alone = possessed.replace("1\tNorthland\tNorthland\tPROPN\tNNP\t_\t4\tnmod:poss", "1\tThe\tthe\tDET\tDT\t_\t4\tdet")
                .replace("2\t's\t's\tPART\tPOS\t_\t1\tcase", "2\tbold\tbold\tADJ\tJJ\t_\t4\tamod");
        assertThat(code(alone, LocalDate.of(2015, 1, 1))).containsExactly("EASGOV 043 SOU", "SOU 042 EASGOV");
    }

    @Test
    void anAgentWrittenWithEmptyBracesHasNoPlural() {
        // MEDIA {} [~MED]: "medias" is not the agent, though its lemma is.
        String medias = MEDIA.replace("2\tmedia\tmedia", "2\tmedias\tmedia")
                .replace("3\tand\tand\tCCONJ\tCC\t_\t4\tcc", "3\tthe\tthe\tDET\tDT\t_\t2\tdet")
                .replace("4\tgovernment\tgovernment\tNOUN\tNN\t_\t2\tconj", "4\tnow\tnow\tADV\tRB\t_\t5\tadvmod");
        assertThat(code(medias, LocalDate.of(2015, 1, 1))).containsExactly("NOR 043 SOU", "SOU 042 NOR");
        String media = medias.replace("2\tmedias\tmedia", "2\tmedia\tmedia");
        assertThat(code(media, LocalDate.of(2015, 1, 1))).containsExactly("NORMED 043 SOU", "SOU 042 NORMED");
    }

    @Test
    void anActorOfNoCountryConjoinedInsideACountrysPhraseActsToo_withACodeKeptAsWritten() {
        String ministry = """
                1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
                2\tministry\tministry\tNOUN\tNN\t_\t8\tnsubj\t_\t_
                3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
                4\tNorthland\tNorthland\tPROPN\tNNP\t_\t2\tnmod\t_\t_
                5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_
                6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_
                7\tWatchers\tWatchers\tPROPN\tNNPS\t_\t4\tconj\t_\t_
                8\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_
                9\tSouthland\tSouthland\tPROPN\tNNP\t_\t8\tobj\t_\t_
                10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_

                """;
        assertThat(code(ministry, LocalDate.of(2015, 1, 1)))
                .containsExactly("+++ 043 SOU", "NOR 043 SOU", "SOU 042 +++", "SOU 042 NOR");
    }
}
