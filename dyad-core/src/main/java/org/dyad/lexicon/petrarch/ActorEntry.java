package org.dyad.lexicon.petrarch;

import java.util.List;

/**
 * One actor of an actor dictionary: its names (the entry's own first, then its {@code +}
 * synonyms), its codes in file order, and the line of its first name.
 */
public record ActorEntry(List<Phrase> names, List<DatedCode> codes, int line) {

    public ActorEntry {
        names = List.copyOf(names);
        codes = List.copyOf(codes);
        if (names.isEmpty() || codes.isEmpty()) {
            throw new IllegalArgumentException("an actor has a name and a code");
        }
    }
}
