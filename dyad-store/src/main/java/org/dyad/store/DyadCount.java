package org.dyad.store;

/**
 * Events from one side to the other: a side is a country (ISO3) or, for actors without one
 * (IGO, NGO, MNC codes), the actor code. Counts per quad class, and the sum of Goldstein scores.
 */
public record DyadCount(String source, String target, long events, double goldstein,
                        long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict) {
}
