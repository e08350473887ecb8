package org.dyad.nlp;

import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GivenParsesTest {

    private static Token word(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void pennTree_convertedToUniversalDependencies() {
        Sentence s = PennTrees.toSentence("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) "
                + "(PP (IN with) (NP (NNP Gondor)))) (. .)))", 0);
        assertThat(s.tokens()).extracting(Token::word).containsExactly("Arnor", "restored", "ties", "with", "Gondor", ".");
        assertThat(word(s, "restored").relation()).isEqualTo("root");
        assertThat(word(s, "restored").lemma()).isEqualTo("restore");
        assertThat(word(s, "Arnor").relation()).isEqualTo("nsubj");
        assertThat(word(s, "ties").relation()).isEqualTo("obj");
        assertThat(word(s, "Gondor").relation()).isEqualTo("obl");
        assertThat(word(s, "Gondor").head()).isEqualTo(word(s, "restored").index());
    }

    @Test
    void pennTree_malformed_namedInTheMessage() {
        assertThatThrownBy(() -> PennTrees.toSentence("(ROOT (S (NP", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conllUVersion1_relationsRenamedToVersion2() {
        Sentence s = ConllU.parse(String.join("\n",
                "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
                "2\trestored\trestore\tVERB\tVBD\t_\t0\troot\t_\t_",
                "3\tties\ttie\tNOUN\tNNS\t_\t2\tdobj\t_\t_",
                "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_",
                "5\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnmod\t_\t_",
                "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_",
                "7\tRohan\tRohan\tPROPN\tNNP\t_\t5\tnmod\t_\t_"), 0);
        assertThat(word(s, "ties").relation()).isEqualTo("obj");
        assertThat(word(s, "Gondor").relation()).isEqualTo("obl");
        assertThat(word(s, "Rohan").relation()).as("a modifier of a noun stays nmod").isEqualTo("nmod");
    }

    @Test
    void conllU_otherParsersLemmas_recomputedTheCoreNlpWay() {
        String udpipe = "1\tMordor\tMordor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                + "2\twelcomed\twelcom\tVERB\tVBD\t_\t0\troot\t_\t_\n";
        assertThat(ConllU.parseAll(udpipe).get(0).token(1).lemma()).isEqualTo("welcom");
        assertThat(ConllU.parseAllWithCoreNlpLemmas(udpipe).get(0).token(1).lemma()).isEqualTo("welcome");
    }
}
