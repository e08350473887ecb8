package org.dyad.lexicon.petrarch;

import java.util.Objects;

/**
 * A discard phrase: a story that contains it is not coded at all when {@code wholeStory}
 * (written {@code +PHRASE}), otherwise only the sentence that contains it is skipped.
 */
public record Discard(Phrase phrase, boolean wholeStory, int line) {

    public Discard {
        Objects.requireNonNull(phrase, "phrase");
    }
}
