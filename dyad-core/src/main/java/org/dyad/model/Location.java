package org.dyad.model;

/** Where an event happened, resolved through the gazetteer. */
public record Location(String name, String country, double lat, double lon) {
}
