package org.dyad.actor;

import java.util.List;

/**
 * What a name in the text can stand for: a person (with dated roles), an organisation, a country
 * by its name, adjective or seat of power, or a region of the CAMEO codebook by its name ("the West",
 * "Gulf states") or adjective ("Western", which codes only with an agent: "Western diplomats").
 */
sealed interface NameEntry {

    record Person(String name, List<Role> roles) implements NameEntry {
    }

    record Organisation(String name, String code) implements NameEntry {
    }

    record CountryName(Country country, Kind kind) implements NameEntry {
        enum Kind { NAME, ADJECTIVE, SEAT }
    }

    record Region(String code, String name, boolean adjective) implements NameEntry {
    }
}
