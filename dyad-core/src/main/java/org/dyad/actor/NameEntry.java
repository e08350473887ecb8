package org.dyad.actor;

import java.util.List;

/**
 * What a name in the text can stand for: a person (with dated roles), an organisation, or a country
 * by its name, adjective or seat of power.
 */
sealed interface NameEntry {

    record Person(String name, List<Role> roles) implements NameEntry {
    }

    record Organisation(String name, String code) implements NameEntry {
    }

    record CountryName(Country country, Kind kind) implements NameEntry {
        enum Kind { NAME, ADJECTIVE, SEAT }
    }
}
