package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Phrases of discards.txt that mark a sentence or an article as not about politics (sport,
 * markets, entertainment), as PETRARCH's discard dictionary does: "Brazil crushed Argentina 3-0 in
 * a World Cup qualifier" must not become a repression.
 */
public final class Discards {

    /** A discard phrase and whether it discards the whole article. */
    public record Entry(String phrase, boolean wholeArticle) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public Discards(List<LexiconLine> lines) {
        for (LexiconLine line : lines) {
            String scope = line.field(1).toLowerCase(Locale.ROOT);
            if (line.field(0).isBlank() || !(scope.equals("sentence") || scope.equals("article"))) {
                problems.add(line.where() + ": expected phrase | sentence or article | note");
                continue;
            }
            entries.add(new Entry(normalise(line.field(0)), scope.equals("article")));
        }
    }

    public static Discards bundled() {
        return new Discards(LexiconFile.resource("lexicon/discards.txt"));
    }

    /** The first entry whose phrase the text contains as whole words, or null. */
    public Entry find(String text) {
        String padded = " " + normalise(text) + " ";
        for (Entry e : entries) {
            if (padded.contains(" " + e.phrase() + " ")) {
                return e;
            }
        }
        return null;
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
