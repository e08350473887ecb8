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

    /**
     * An organisation and its code; {@code later} are codes it carries between dates instead ("the
     * Taliban" are AFGREB, and AFGGOV from 2021-08-15), the code itself on every other day.
     */
    record Organisation(String name, String code, List<Role> later) implements NameEntry {

        Organisation(String name, String code) {
            this(name, code, List.of());
        }

        /** The code on a date; with no date, the latest period's. */
        String code(java.time.LocalDate date) {
            if (later.isEmpty()) {
                return code;
            }
            if (date == null) {
                return later.get(later.size() - 1).code().value();
            }
            for (Role r : later) {
                if (r.holds(date)) {
                    return r.code().value();
                }
            }
            return code;
        }
    }

    record CountryName(Country country, Kind kind) implements NameEntry {
        enum Kind { NAME, ADJECTIVE, SEAT }
    }

    record Region(String code, String name, boolean adjective) implements NameEntry {
    }
}
