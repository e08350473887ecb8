package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;

/** An actor dictionary: its entries in file order; {@code file} is the file's name. */
public record PetrarchActors(String file, List<ActorEntry> entries) {

    public PetrarchActors {
        Objects.requireNonNull(file, "file");
        entries = List.copyOf(entries);
    }
}
