package org.dyad.eval;

import org.dyad.code.CodingOptions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One {@code <Sentence>} of a PETRARCH validation file: its text and the codings it must give
 * (empty for {@code noevents} and for records that test error handling), its own parse as
 * written in {@code <Parse>} (a Penn Treebank tree or CoNLL-U; empty when there is none), and the
 * {@code <Config>} options in force where it stands (names in lower case).
 */
public record ValidationRecord(String id, String category, LocalDate date, String text, Set<EventKey> expected,
                               String parse, int position, Map<String, String> config) {

    /** The {@code <Config>} options Dyad acts on; PETRARCH's others tune its own parse-tree heuristics. */
    public static final Set<String> OPTIONS_USED = Set.of("require_dyad");

    public ValidationRecord(String id, String category, LocalDate date, String text, Set<EventKey> expected) {
        this(id, category, date, text, expected, "", 1, Map.of());
    }

    /**
     * The record's id made unique in its file: PETRARCH's suite gives two different sentences the same
     * id (AGENTS_18, AGENTS_19), and each must be coded from its own text and parse.
     */
    public String key() {
        return id + "#" + position;
    }

    /** How to code this record: {@code require_dyad} as the file last set it (True, TRUE, false …). */
    public CodingOptions options() {
        String requireDyad = config.get("require_dyad");
        return requireDyad != null && requireDyad.toLowerCase(Locale.ROOT).equals("false")
                ? new CodingOptions(false) : CodingOptions.DEFAULT;
    }

    public ValidationRecord {
        expected = Set.copyOf(expected);
        config = Map.copyOf(config);
    }
}
