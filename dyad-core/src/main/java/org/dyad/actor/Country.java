package org.dyad.actor;

import java.util.List;

/** A state or territory of countries.txt. */
public record Country(String iso3, String iso2, double lat, double lon, List<String> names,
                      List<String> adjectives, List<String> seats) {

    public String name() {
        return names.isEmpty() ? iso3 : names.get(0);
    }
}
