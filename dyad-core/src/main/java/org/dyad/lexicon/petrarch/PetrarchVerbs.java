package org.dyad.lexicon.petrarch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CAMEO 2.0 verb dictionary: its synsets by name (without {@code &}, in file order) and its
 * verb blocks in file order. {@code file} is the file's name, for the lines its records cite.
 */
public record PetrarchVerbs(String file, Map<String, Synset> synsets, List<VerbBlock> blocks) {

    public PetrarchVerbs {
        Objects.requireNonNull(file, "file");
        synsets = Collections.unmodifiableMap(new LinkedHashMap<>(synsets));
        blocks = List.copyOf(blocks);
    }

    /** The patterns of all blocks, in file order. */
    public List<VerbPattern> allPatterns() {
        return blocks.stream().flatMap(b -> b.patterns().stream()).toList();
    }

    /** The verb lines of all blocks, in file order. */
    public List<VerbEntry> allVerbs() {
        return blocks.stream().flatMap(b -> b.verbs().stream()).toList();
    }
}
