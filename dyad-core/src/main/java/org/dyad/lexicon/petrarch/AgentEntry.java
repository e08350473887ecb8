package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One agent line, {@code ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]}, with its {@code !stem!}
 * substitutions expanded: {@code CONGRESS!PERSON! [~LEG]} has the names CONGRESSMAN, CONGRESSMEN
 * and so on. {@code plurals} are the ones the line gives in braces; {@code pluralsGiven} is false
 * when the line has no braces, and PETRARCH then forms the plural itself, while {@code {}} says the
 * agent has no plural to form ({@code POLICE {}}).
 */
public record AgentEntry(List<Phrase> names, List<Phrase> plurals, boolean pluralsGiven, AgentCode code, int line) {

    public AgentEntry {
        names = List.copyOf(names);
        plurals = List.copyOf(plurals);
        Objects.requireNonNull(code, "code");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an agent has a name");
        }
        if (!pluralsGiven && !plurals.isEmpty()) {
            throw new IllegalArgumentException("plurals come from braces");
        }
    }
}
