package org.dyad.eval;

import java.time.LocalDate;
import java.util.Set;

/**
 * One {@code <Sentence>} of a PETRARCH validation file: its text and the codings it must give
 * (empty for {@code noevents} and for records that test error handling), and its own parse as
 * written in {@code <Parse>} (a Penn Treebank tree or CoNLL-U; empty when there is none).
 */
public record ValidationRecord(String id, String category, LocalDate date, String text, Set<EventKey> expected,
                               String parse, int position) {

    public ValidationRecord(String id, String category, LocalDate date, String text, Set<EventKey> expected) {
        this(id, category, date, text, expected, "", 1);
    }

    /**
     * The record's id made unique in its file: PETRARCH's suite gives two different sentences the same
     * id (AGENTS_18, AGENTS_19), and each must be coded from its own text and parse.
     */
    public String key() {
        return id + "#" + position;
    }

    public ValidationRecord {
        expected = Set.copyOf(expected);
    }
}
