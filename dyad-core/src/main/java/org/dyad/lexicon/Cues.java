package org.dyad.lexicon;


import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of cues.txt that shape how a predication is read: light, reporting, future,
 * hypothetical, negating verbs, negation words, markers of anonymous sources, and measure nouns
 * whose "of" phrase holds what they measure ("thousands of protesters", "three days of drills").
 */
public final class Cues {

    public enum Kind { LIGHT, REPORTING, FUTURE, HYPOTHETICAL, NEGATING, NEGATION, ANONYMOUS, MEASURE, LABELLING, CROWD, DOCUMENT, PURPOSE, PAIR }

    private final Map<Kind, Set<String>> words = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public Cues(List<LexiconLine> lines) {
        for (Kind k : Kind.values()) {
            words.put(k, new HashSet<>());
        }
        for (LexiconLine line : lines) {
            try {
                Kind kind = Kind.valueOf(line.field(1).toUpperCase(Locale.ROOT));
                if (!words.get(kind).add(line.field(0).toLowerCase(Locale.ROOT))) {
                    problems.add(line.where() + ": '" + line.field(0) + "' is listed twice as " + line.field(1));
                }
            } catch (IllegalArgumentException e) {
                problems.add(line.where() + ": unknown kind '" + line.field(1) + "': use light, reporting, future, "
                        + "hypothetical, negating, negation, anonymous, measure, labelling, crowd, document, purpose or pair");
            }
        }
    }

    public static Cues bundled() {
        return new Cues(LexiconFile.resource("lexicon/cues.txt"));
    }

    public boolean is(Kind kind, String lemma) {
        return words.get(kind).contains(lemma.toLowerCase(Locale.ROOT));
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
