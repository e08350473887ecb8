package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One verb line of a block, e.g. {@code SAY {SAYS SAID SAYING}} or {@code DOWNPLAY [014]}: the
 * verb, the inflected forms the line lists in braces, and the line's own code, which overrides the
 * block's code for this verb. When {@code formsGiven} is false the line lists no forms and PETRARCH
 * makes the regular ones itself.
 */
public record VerbEntry(VerbForm verb, List<VerbForm> forms, boolean formsGiven, Optional<VerbCode> code, int line) {

    public VerbEntry {
        Objects.requireNonNull(verb, "verb");
        forms = List.copyOf(forms);
        Objects.requireNonNull(code, "code");
    }
}
