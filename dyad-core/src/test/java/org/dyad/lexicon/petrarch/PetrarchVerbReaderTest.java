package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.lexicon.petrarch.PatternToken.Compound;
import org.dyad.lexicon.petrarch.PatternToken.NounPhrase;
import org.dyad.lexicon.petrarch.PatternToken.PrepositionalPhrase;
import org.dyad.lexicon.petrarch.PatternToken.Skip;
import org.dyad.lexicon.petrarch.PatternToken.Source;
import org.dyad.lexicon.petrarch.PatternToken.SynsetRef;
import org.dyad.lexicon.petrarch.PatternToken.Target;
import org.dyad.lexicon.petrarch.PatternToken.Verb;
import org.dyad.lexicon.petrarch.PatternToken.Word;
import org.junit.jupiter.api.Test;

class PetrarchVerbReaderTest {

    private final List<String> problems = new ArrayList<>();

    private PetrarchVerbs read(String text) {
        Problems found = new Problems("v.txt");
        PetrarchVerbs verbs = PetrarchVerbReader.read("v.txt", text, found);
        problems.addAll(found.lines());
        return verbs;
    }

    private VerbBlock onlyBlock(String text) {
        PetrarchVerbs verbs = read(text);
        assertThat(verbs.blocks()).hasSize(1);
        return verbs.blocks().get(0);
    }

    private VerbPattern onlyPattern(String patternLine) {
        VerbBlock block = onlyBlock("--- GREET [010] ---\nGREET\n" + patternLine + "\n");
        assertThat(problems).isEmpty();
        assertThat(block.patterns()).hasSize(1);
        return block.patterns().get(0);
    }

    @Test
    void read_blockHeader_givesHeadCodeAndLine() {
        VerbBlock block = onlyBlock("\n---  PLEDGE   [030]  --- \nPLEDGE\n");

        assertThat(block.head()).isEqualTo("PLEDGE");
        assertThat(block.code()).isEqualTo(new VerbCode("030"));
        assertThat(block.line()).isEqualTo(2);
        assertThat(problems).isEmpty();
    }

    @Test
    void read_verbLines_giveFormsGivenInBracesAndOwnCodes() {
        VerbBlock block = onlyBlock("""
                --- GREET [040] ---
                GREET
                MEET {MEETS MET  MEETING }
                SNUB [110]
                HAIL { HAILED } [---]   # a comment after the code
                """);

        assertThat(block.verbs()).extracting(v -> v.verb().raw(), v -> v.forms().stream().map(VerbForm::raw).toList(),
                        VerbEntry::formsGiven, VerbEntry::code, VerbEntry::line)
                .containsExactly(
                        tuple("GREET", List.of(), false, Optional.empty(), 2),
                        tuple("MEET", List.of("MEETS", "MET", "MEETING"), true, Optional.empty(), 3),
                        tuple("SNUB", List.of(), false, Optional.of(new VerbCode("110")), 4),
                        tuple("HAIL", List.of("HAILED"), true, Optional.of(new VerbCode("---")), 5));
        assertThat(block.codeOf(block.verbs().get(0))).isEqualTo(new VerbCode("040"));
        assertThat(block.codeOf(block.verbs().get(2))).isEqualTo(new VerbCode("110"));
        assertThat(problems).isEmpty();
    }

    @Test
    void read_plusInVerbLine_marksTheVerbOfAMultiWordVerb() {
        VerbBlock block = onlyBlock("""
                --- TURN [010] ---
                +TURN_DOWN {+TURNS_DOWN +TURNED_DOWN}
                RED_+TAPE
                HAND_OVER
                """);

        VerbEntry turnDown = block.verbs().get(0);
        assertThat(turnDown.verb().words()).containsExactly("TURN", "DOWN");
        assertThat(turnDown.verb().verb()).isEqualTo("TURN");
        assertThat(turnDown.forms()).extracting(VerbForm::verb, VerbForm::text)
                .containsExactly(tuple("TURNS", "TURNS DOWN"), tuple("TURNED", "TURNED DOWN"));
        assertThat(block.verbs().get(1).verb()).extracting(VerbForm::verb, VerbForm::verbIndex, VerbForm::text)
                .containsExactly("TAPE", 1, "RED TAPE");
        assertThat(block.verbs().get(2).verb().verb()).isEqualTo("HAND");
        assertThat(problems).isEmpty();
    }

    @Test
    void read_patternWithWordsAroundTheVerb_splitsBeforeAndAfter() {
        VerbPattern pattern = onlyPattern("- SHARPLY * PLAN  [111]  # who wrote it");

        assertThat(pattern.beforeVerb()).containsExactly(new Word("SHARPLY"));
        assertThat(pattern.afterVerb()).containsExactly(new Word("PLAN"));
        assertThat(pattern.code()).isEqualTo(new VerbCode("111"));
        assertThat(pattern.raw()).isEqualTo("SHARPLY * PLAN  [111]");
        assertThat(pattern.line()).isEqualTo(3);
    }

    @Test
    void read_patternWithSourceAndTarget_keepsTheirPlaces() {
        assertThat(onlyPattern("- + * (FROM $) [080]").tokens()).containsExactly(
                new Target(), new Verb(), new PrepositionalPhrase(List.of(new Word("FROM"), new Source())));
    }

    @Test
    void read_patternWithCompoundActor_givesCompound() {
        assertThat(onlyPattern("- % * [050]").tokens()).containsExactly(new Compound(), new Verb());
    }

    @Test
    void read_patternWithSkips_givesOneSkipEach() {
        assertThat(onlyPattern("- * FEAST (AT ^ ^) + [017]").tokens()).containsExactly(new Verb(), new Word("FEAST"),
                new PrepositionalPhrase(List.of(new Word("AT"), new Skip(), new Skip())), new Target());
    }

    @Test
    void read_patternWithNounPhraseAndSynset_keepsTheReference() {
        PetrarchVerbs verbs = read("&KIND\n+TRADE\n--- RESTORE [050] ---\nRESTORE\n- * {&KIND TIES} [050]\n");

        assertThat(verbs.allPatterns()).extracting(VerbPattern::tokens).containsExactly(
                List.of(new Verb(), new NounPhrase(List.of(new SynsetRef("KIND"), new Word("TIES")))));
        assertThat(problems).isEmpty();
    }

    @Test
    void read_undefinedSynset_isReportedAtTheLineThatUsesIt() {
        PetrarchVerbs verbs = read("--- RESTORE [050] ---\nRESTORE\n- * (WITH &KIN) [050]\n");

        assertThat(verbs.allPatterns()).hasSize(1);
        assertThat(problems).containsExactly("v.txt:3: synset &KIN is not defined: define it with '&KIN' and"
                + " '+' lines, or correct the name");
    }

    @Test
    void read_pairedAndNullCodes_keepTheirParts() {
        VerbBlock block = onlyBlock("""
                --- HOST [043:042] ---
                HOST
                - * TALKS (BETWEEN) [036:036]
                - * BANQUET [---]
                - * RETREAT [:0874]
                """);

        assertThat(block.code().paired()).contains("042");
        assertThat(block.patterns()).extracting(VerbPattern::code).extracting(VerbCode::primary, VerbCode::paired,
                        VerbCode::isNull)
                .containsExactly(
                        tuple(Optional.of("036"), Optional.of("036"), false),
                        tuple(Optional.of("---"), Optional.empty(), true),
                        tuple(Optional.empty(), Optional.of("0874"), false));
    }

    @Test
    void read_hashesInsideTheCode_areTheCodeNotAComment() {
        assertThat(onlyPattern("- * NONSENSE [###] # discard code").code()).isEqualTo(new VerbCode("###"));
    }

    @Test
    void read_synsets_giveMembersWordsPhrasesAndOtherSynsets() {
        PetrarchVerbs verbs = read("""
                &AIDKIND  # kinds of aid
                +FOOD
                +MEDICAL SUPPLIES
                +SPARE_PARTS_

                &HELP
                +&AIDKIND
                +(AT ONCE)
                --- SEND [070] ---
                SEND
                - * &HELP [070]
                """);

        assertThat(verbs.synsets()).containsOnlyKeys("AIDKIND", "HELP");
        Synset kind = verbs.synsets().get("AIDKIND");
        assertThat(kind.line()).isEqualTo(1);
        assertThat(kind.members()).extracting(Synset.Member::raw, Synset.Member::line)
                .containsExactly(tuple("FOOD", 2), tuple("MEDICAL SUPPLIES", 3), tuple("SPARE_PARTS_", 4));
        assertThat(kind.members().get(1).tokens()).containsExactly(new Word("MEDICAL"), new Word("SUPPLIES"));
        assertThat(verbs.synsets().get("HELP").members()).extracting(Synset.Member::tokens).containsExactly(
                List.of(new SynsetRef("AIDKIND")),
                List.of(new PrepositionalPhrase(List.of(new Word("AT"), new Word("ONCE")))));
        assertThat(verbs.blocks()).hasSize(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void read_synsetDefinedTwice_appendsAndReportsIt() {
        PetrarchVerbs verbs = read("&TOOL\n+SPADE\n&TOOL\n+HOE\n");

        assertThat(verbs.synsets().get("TOOL").members()).extracting(Synset.Member::raw).containsExactly("SPADE", "HOE");
        assertThat(problems).containsExactly("v.txt:3: synset &TOOL is defined again (first at line 1): its members are"
                + " added to the first definition; merge the two");
    }

    @Test
    void read_malformedLines_reportsEachWithItsLineAndKeepsTheRest() {
        PetrarchVerbs verbs = read("""
                STRAY WORDS
                --- ASK [020] ---
                ASK
                - * HELP
                - * (FOR HELP [020]
                - SOON [020]
                - * NOW * [020]
                * (FOR CALM) [020]
                ~ a (a b ASK) SAY = a b 020
                SO {ON
                - * (TO {JOIN}) [021]
                --- BROKEN HEADER ---
                BROKEN
                - * NEVER [030]
                --- EMPTY [010] ---
                &SET
                -FOO
                """);

        assertThat(problems).containsExactly(
                "v.txt:1: outside any synset or verb block: open one with '&NAME' or '--- VERB [CODE] ---'",
                "v.txt:4: pattern without a code: end it with [CODE]",
                "v.txt:5: '(' is never closed: add its ')'",
                "v.txt:6: pattern without '*': mark where the verb stands with '*'",
                "v.txt:7: pattern with 2 '*': a pattern has one verb",
                "v.txt:8: a pattern without its leading '-', read as one: write '- * (FOR CALM) [020]'",
                "v.txt:9: verb transformations ('~' lines) are not read yet: the line is skipped",
                "v.txt:10: unreadable verb line: write 'VERB {FORMS} [CODE]', forms and code optional",
                "v.txt:12: unreadable verb block header: write '--- VERB [CODE] ---'; the block's lines up to the next"
                        + " header are skipped",
                "v.txt:15: verb block EMPTY lists no verb: add a verb line under its header",
                "v.txt:16: synset &SET has no members: add '+' lines under it",
                "v.txt:17: not a synset member: members start with '+'");
        assertThat(verbs.blocks()).extracting(VerbBlock::head).containsExactly("ASK", "EMPTY");
        assertThat(verbs.blocks().get(0).patterns()).extracting(VerbPattern::line).containsExactly(8, 11);
    }

    @Test
    void read_windowsLineEnds_readLikeUnixOnes() {
        PetrarchVerbs verbs = read("--- GREET [010] ---\r\nGREET\r\n- * WARMLY [018]\r\n");

        assertThat(verbs.allPatterns()).extracting(VerbPattern::raw, VerbPattern::line)
                .containsExactly(tuple("* WARMLY [018]", 3));
        assertThat(problems).isEmpty();
    }
}
