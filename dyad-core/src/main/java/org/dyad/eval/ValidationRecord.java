package org.dyad.eval;

import java.time.LocalDate;
import java.util.Set;

/**
 * One {@code <Sentence>} of a PETRARCH validation file: its text and the codings it must give
 * (empty for {@code noevents} and for records that test error handling).
 */
public record ValidationRecord(String id, String category, LocalDate date, String text, Set<EventKey> expected) {

    public ValidationRecord {
        expected = Set.copyOf(expected);
    }
}
