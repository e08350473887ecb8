package org.dyad.lexicon.petrarch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agent dictionary: the substitutions it defines ({@code !PERSON! = MAN, MEN}, keyed by
 * {@code PERSON}, in file order) and its entries with those already expanded; {@code file} is the
 * file's name.
 */
public record PetrarchAgents(String file, Map<String, List<String>> substitutions, List<AgentEntry> entries) {

    public PetrarchAgents {
        Objects.requireNonNull(file, "file");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        substitutions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        substitutions = Collections.unmodifiableMap(copy);
        entries = List.copyOf(entries);
    }
}
