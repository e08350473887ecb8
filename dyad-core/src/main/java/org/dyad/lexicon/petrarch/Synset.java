package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A synonym set, {@code &NAME} followed by {@code +member} lines, that a pattern names with
 * {@code &NAME}. A member is a word, words ({@code +AUSTRIAN FLORIN}), a phrase
 * ({@code +(TO THE END)}) or another synset ({@code +&TIETYPES}). {@code name} is without the
 * {@code &}; {@code line} is where the set is first defined.
 */
public record Synset(String name, List<Member> members, int line) {

    public Synset {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }

    /** One {@code +} line: its tokens, its text as written (without the {@code +}) and its line. */
    public record Member(List<PatternToken> tokens, String raw, int line) {
        public Member {
            tokens = List.copyOf(tokens);
            Objects.requireNonNull(raw, "raw");
        }
    }
}
