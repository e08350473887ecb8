package org.dyad.store;

/** How much a store holds. */
public record Counts(long articles, long events, long actors) {
}
