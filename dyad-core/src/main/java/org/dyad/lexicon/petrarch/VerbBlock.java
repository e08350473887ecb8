package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A block {@code --- HEAD [CODE] ---} of a CAMEO 2.0 verb dictionary: the verbs listed under the
 * header share its patterns and its code. {@code head} names the block and need not be one of its
 * verbs ({@code EXPLAIN_VERBAL}). {@code line} is the header's line.
 */
public record VerbBlock(String head, VerbCode code, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {

    public VerbBlock {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(code, "code");
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
    }

    /** The code that {@code verb} yields when no pattern matches: its own, else the block's. */
    public VerbCode codeOf(VerbEntry verb) {
        return verb.code().orElse(code);
    }
}
