package org.dyad.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A verb as a verb line writes it, one word or several joined by {@code _}. In a verb of several
 * words a {@code +} marks the word that is the verb: {@code +TAKE_NOTE} is TAKE followed by NOTE,
 * {@code WIRE_+TAP} is TAP after WIRE. Without a {@code +} the first word is the verb.
 */
public record VerbForm(String raw, List<String> words, int verbIndex) {

    public VerbForm {
        Objects.requireNonNull(raw, "raw");
        words = List.copyOf(words);
        if (words.isEmpty() || verbIndex < 0 || verbIndex >= words.size()) {
            throw new IllegalArgumentException("a verb form has words and its verb among them: " + raw);
        }
    }

    /** The word that is the verb. */
    public String verb() {
        return words.get(verbIndex);
    }

    /** The words separated by spaces, without the {@code +}. */
    public String text() {
        return String.join(" ", words);
    }

    static VerbForm parse(String raw) throws MalformedLine {
        List<String> words = new ArrayList<>();
        int verbIndex = -1;
        for (String part : raw.split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("+")) {
                if (verbIndex >= 0) {
                    throw new MalformedLine("'" + raw + "' marks two words with '+': mark only the verb");
                }
                verbIndex = words.size();
                part = part.substring(1);
            }
            if (part.isEmpty() || part.indexOf('+') >= 0 || !part.chars().allMatch(VerbForm::isWordChar)) {
                throw new MalformedLine("'" + raw + "' is not a verb: write WORD or WORD_+WORD");
            }
            words.add(part);
        }
        if (words.isEmpty()) {
            throw new MalformedLine("'" + raw + "' is not a verb: write WORD or WORD_+WORD");
        }
        return new VerbForm(raw, words, Math.max(verbIndex, 0));
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '.';
    }
}
