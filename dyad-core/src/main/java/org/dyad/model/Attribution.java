package org.dyad.model;

/**
 * One link of the chain of who reported an event, outermost first.
 *
 * @param name      the reporter as written ("Bloomberg", "five unnamed sources close to the Kremlin")
 * @param kind      role code of the reporter where known ("MED", "GOV"), else null
 * @param anonymous whether the source is unnamed
 * @param inferred  whether the link was carried over from elsewhere in the article rather than read in the sentence
 */
public record Attribution(String name, String kind, boolean anonymous, boolean inferred) {
}
