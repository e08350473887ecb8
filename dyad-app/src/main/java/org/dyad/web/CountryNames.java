package org.dyad.web;

import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconLine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The common English name of each country code, from the bundled countries lexicon, so that the
 * dashboard can say "Belarus" where the store says BLR. Read alone: the whole lexicon is not needed.
 */
final class CountryNames {

    private final Map<String, String> names;

    private CountryNames(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(names);
    }

    static CountryNames bundled() {
        Map<String, String> names = new TreeMap<>();
        for (LexiconLine line : LexiconFile.resource("lexicon/countries.txt")) {
            // ISO3 | ISO2 | lat,lon | names | ...: the first name is the common one (Belarus, United States).
            var all = line.alternatives(3);
            if (!all.isEmpty()) {
                names.put(line.field(0), all.get(0));
            }
        }
        return new CountryNames(names);
    }

    /** Code to name, in code order. */
    Map<String, String> all() {
        return names;
    }
}
