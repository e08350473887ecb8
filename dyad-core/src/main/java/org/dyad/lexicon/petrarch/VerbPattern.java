package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One pattern line of a verb block, {@code - * (TO {PEACE PLAN}) [037]}: its tokens, in which
 * exactly one {@link PatternToken.Verb} stands at the top level, its code, the line as written
 * (without the leading {@code -} and the comment) and its line number.
 */
public record VerbPattern(List<PatternToken> tokens, VerbCode code, String raw, int line) {

    public VerbPattern {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(raw, "raw");
        if (tokens.stream().filter(PatternToken.Verb.class::isInstance).count() != 1) {
            throw new IllegalArgumentException("a pattern has one '*' at its top level: " + raw);
        }
    }

    /** The tokens written before the verb, in order. */
    public List<PatternToken> beforeVerb() {
        return tokens.subList(0, verbPosition());
    }

    /** The tokens written after the verb, in order. */
    public List<PatternToken> afterVerb() {
        return tokens.subList(verbPosition() + 1, tokens.size());
    }

    private int verbPosition() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof PatternToken.Verb) {
                return i;
            }
        }
        throw new IllegalStateException("checked in the constructor");
    }
}
