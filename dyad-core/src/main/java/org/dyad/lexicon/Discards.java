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
    /** Each phrase's first entry, by its place in the file, and the longest phrase in words: looked up by n-grams. */
    private final java.util.Map<String, Integer> byPhrase = new java.util.HashMap<>();
    private int maxWords = 0;
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final List<String> problems = new ArrayList<>();

    public Discards(List<LexiconLine> lines) {
        for (LexiconLine line : lines) {
            String scope = line.field(1).toLowerCase(Locale.ROOT);
            if (line.field(0).isBlank() || !(scope.equals("sentence") || scope.equals("article"))) {
                problems.add(line.where() + ": expected phrase | sentence or article | note");
                continue;
            }
            Entry entry = new Entry(normalise(line.field(0)), scope.equals("article"));
            byPhrase.putIfAbsent(entry.phrase(), entries.size());
            maxWords = Math.max(maxWords, entry.phrase().split(" ").length);
            entries.add(entry);
        }
    }

    public static Discards bundled() {
        return new Discards(LexiconFile.resource("lexicon/discards.txt"));
    }

    /** The first entry whose phrase the text contains as whole words, or null. */
    public Entry find(String text) {
        String normal = normalise(text);
        if (normal.isEmpty() || byPhrase.isEmpty()) {
            return null;
        }
        String[] words = normal.split(" ");
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < words.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < maxWords && i + n < words.length; n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words[i + n]);
                Integer at = byPhrase.get(phrase.toString());
                if (at != null && at < best) {
                    best = at;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : entries.get(best);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    private static String normalise(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
