package org.dyad.actor;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, apostrophes and spacing folded away. */
final class Names {

    private Names() {
    }

    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        folded = folded.replace('’', '\'').replace('‘', '\'').replace('`', '\'');
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a name of the lexicon may match these words of the text: short all-capital names
     * ("US", "UN") must match exactly, so that "us" or "Un" never does; other capitalised names must
     * start with a capital in the text too ("Georgia", not "georgia" in a lowercase phrase).
     */
    static boolean caseCompatible(String lexiconName, String textWords) {
        if (lexiconName.isEmpty() || textWords.isEmpty()) {
            return false;
        }
        boolean allCaps = lexiconName.equals(lexiconName.toUpperCase(Locale.ROOT))
                && lexiconName.chars().anyMatch(Character::isLetter);
        if (allCaps && lexiconName.replaceAll("[^A-Za-z]", "").length() <= 4) {
            return lexiconName.equals(textWords);
        }
        char first = lexiconName.charAt(0);
        return !Character.isUpperCase(first) || Character.isUpperCase(textWords.charAt(0));
    }
}
