package org.dyad.extract;

import org.dyad.Fixtures;
import org.dyad.lexicon.Cues;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;

import java.util.List;

/** Predications of verbs (no event nouns) with the bundled cues, from a parse or a fixture sentence. */
final class Extracted {

    private static final PredicationExtractor VERBS = new PredicationExtractor(Cues.bundled(), lemma -> false);

    private Extracted() {
    }

    static List<Predication> of(Sentence s) {
        return VERBS.extract(s);
    }

    /** The first predication of a lemma in a sentence. */
    static Predication first(Sentence s, String lemma) {
        return of(s).stream().filter(p -> p.lemma().equals(lemma)).findFirst().orElseThrow();
    }

    /** The first predication of a lemma in the sentence of {@code conllu/coding.conllu} that starts so. */
    static Predication first(String start, String lemma) {
        return first(Fixtures.sentence("coding.conllu", start), lemma);
    }
}
