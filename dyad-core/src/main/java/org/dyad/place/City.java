package org.dyad.place;

/** A city of the gazetteer. */
public record City(String name, String iso2, double lat, double lon, long population) {
}
