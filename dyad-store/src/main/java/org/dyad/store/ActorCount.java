package org.dyad.store;

/** An actor code with how often it acts (as source) and is acted on (as target) in the events chosen. */
public record ActorCount(String code, String country, String name, long events, long asSource, long asTarget) {
}
