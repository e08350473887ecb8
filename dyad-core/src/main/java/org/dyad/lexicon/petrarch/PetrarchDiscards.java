package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;

/** A discard dictionary: its phrases in file order; {@code file} is the file's name. */
public record PetrarchDiscards(String file, List<Discard> discards) {

    public PetrarchDiscards {
        Objects.requireNonNull(file, "file");
        discards = List.copyOf(discards);
    }
}
