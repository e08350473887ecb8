package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternTokensTest {

    @Test
    void parse_everyMarker_givesItsToken() throws MalformedLine {
        assertThat(PatternTokens.parse("$ ^ % * + FIRMLY"))
                .containsExactly(new Source(), new Skip(), new Compound(), new Verb(), new Target(), new Word("FIRMLY"));
    }

    @Test
    void parse_ampersandWord_givesSynsetReferenceWithoutTheAmpersand() throws MalformedLine {
        assertThat(PatternTokens.parse("* &LOAN_KIND")).containsExactly(new Verb(), new SynsetRef("LOAN_KIND"));
    }

    @Test
    void parse_bracesAndParentheses_giveNounAndPrepositionalPhrases() throws MalformedLine {
        assertThat(PatternTokens.parse("* {WARM WORDS} (FOR +)")).containsExactly(
                new Verb(),
                new NounPhrase(List.of(new Word("WARM"), new Word("WORDS"))),
                new PrepositionalPhrase(List.of(new Word("FOR"), new Target())));
    }

    @Test
    void parse_phraseInsidePhrase_nests() throws MalformedLine {
        assertThat(PatternTokens.parse("* (TOWARDS {&KIND TALKS})")).containsExactly(
                new Verb(),
                new PrepositionalPhrase(List.of(new Word("TOWARDS"),
                        new NounPhrase(List.of(new SynsetRef("KIND"), new Word("TALKS"))))));
    }

    @Test
    void parse_bracketsTouchingWordsAndExtraSpaces_splitTheSame() throws MalformedLine {
        assertThat(PatternTokens.parse("*\t(FROM   $){GOOD NEWS}"))
                .isEqualTo(PatternTokens.parse("* (FROM $) {GOOD NEWS}"));
    }

    @Test
    void raw_joinedTokens_giveTheTextBackWithSpacesNormalised() throws MalformedLine {
        List<PatternToken> tokens = PatternTokens.parse("+  *   (TO {NEW_TALKS &KIND})  ^ $");

        assertThat(PatternToken.join(tokens)).isEqualTo("+ * (TO {NEW_TALKS &KIND}) ^ $");
    }

    @Test
    void text_wordWithUnderscores_givesSpaces() {
        assertThat(new Word("REAL_GOOD_").text()).isEqualTo("REAL GOOD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            * {LOOSE WORDS       | '{' is never closed
            * (ON) PLAN)         | ')' closes nothing
            * (ON PLAN}          | '}' closes '('
            * () PLAN            | empty '()'
            * PLAN [010]         | '[' inside a pattern
            *NOW                 | '*' inside the word
            * &                  | '&' without a synset name
            """)
    void parse_malformedText_saysWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> PatternTokens.parse(text)).isInstanceOf(MalformedLine.class).hasMessageContaining(message);
    }
}
