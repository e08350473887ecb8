package org.dyad.actor;

import org.dyad.lexicon.LexiconLine;
import org.dyad.lexicon.Words;
import org.dyad.model.ActorCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The common nouns news uses for an organisation it named before (descriptions.txt): "the alliance"
 * for NATO, "the watchdog" for the OPCW, "the militant group" for Hamas. Immutable once built.
 *
 * <p>A description is a head noun with the words that may stand before it ("military alliance").
 * An organisation fits a noun of the text when one of its descriptions has that head and all of
 * that description's words are among the noun's modifiers, and each modifier is a word of one of its
 * descriptions with that head: "the Western military alliance" fits NATO ("military alliance",
 * "Western alliance"), "the Russian-led alliance" does not, and "the body" does not fit the UN,
 * whose description is "world body".
 */
final class Descriptions {

    /** A head noun and the words a description puts before it, all folded by {@link #fold}. */
    private record Description(String head, Set<String> words) {
    }

    private final Map<String, List<Description>> byCode = new HashMap<>();
    private final Set<String> heads = new HashSet<>();

    Descriptions(List<LexiconLine> lines, List<String> problems) {
        for (LexiconLine line : lines) {
            String code = line.field(0);
            List<String> nouns = line.alternatives(1);
            if (!ActorCode.isCode(code) || nouns.isEmpty()) {
                problems.add(line.where() + ": expected code | nouns | note, got '" + code + "' with "
                        + nouns.size() + " nouns");
                continue;
            }
            for (String noun : nouns) {
                List<String> words = words(noun);
                if (words.isEmpty()) {
                    problems.add(line.where() + ": '" + noun + "' has no word to be a noun");
                    continue;
                }
                String head = words.get(words.size() - 1);
                byCode.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new Description(head, Set.copyOf(words.subList(0, words.size() - 1))));
                heads.add(head);
            }
        }
    }

    /** Whether some organisation is described by this noun, a word of the text. */
    boolean isHead(String noun) {
        return heads.contains(fold(noun));
    }

    /** Whether the organisation of {@code code} fits this noun with these modifiers (see the class comment). */
    boolean describes(String code, String noun, List<String> modifiers) {
        String head = fold(noun);
        Set<String> allowed = new HashSet<>();
        boolean required = false;
        List<String> folded = modifiers.stream().map(Descriptions::fold).toList();
        for (Description d : byCode.getOrDefault(code, List.of())) {
            if (d.head().equals(head)) {
                allowed.addAll(d.words());
                required |= folded.containsAll(d.words());
            }
        }
        return required && allowed.containsAll(folded);
    }

    /**
     * The words of a written description, split at hyphens as the tokenizer splits them; numbers are
     * left out, as they are of the text's modifiers ("the 27-member bloc" is a "member bloc").
     */
    private static List<String> words(String noun) {
        List<String> out = new ArrayList<>();
        for (String w : noun.split("[\\s\\-]+")) {
            if (!w.isEmpty() && w.chars().noneMatch(Character::isDigit)) {
                out.add(fold(w));
            }
        }
        return out;
    }

    /** Lower case and singular, so that the text's words and lemmas meet the file's ("weapons", "Court"). */
    static String fold(String word) {
        return Words.singular(word.toLowerCase(Locale.ROOT));
    }
}
