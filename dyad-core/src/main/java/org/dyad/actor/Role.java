package org.dyad.actor;

import org.dyad.model.ActorCode;

import java.time.LocalDate;

/** One dated role of a named person (people*.txt): the code it carries between two dates, either open. */
public record Role(String name, ActorCode code, LocalDate from, LocalDate to, String note) {

    public boolean holds(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Days between the date and this role's range; 0 inside it. */
    public long distance(LocalDate date) {
        if (holds(date)) {
            return 0;
        }
        if (from != null && date.isBefore(from)) {
            return from.toEpochDay() - date.toEpochDay();
        }
        return date.toEpochDay() - to.toEpochDay();
    }

    public String range() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
