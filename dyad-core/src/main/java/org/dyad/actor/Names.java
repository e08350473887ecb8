package org.dyad.actor;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, apostrophes and spacing folded away. */
final class Names {

    private Names() {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String key(String text) {
        if (plain(text)) {
            // Most keys are plain ASCII words with single spaces: there is nothing to fold but case,
            // and the coder looks up every span of up to eight tokens of every sentence.
            return text.replace('`', '\'').toLowerCase(Locale.ROOT).strip();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace('’', '\'').replace('‘', '\'').replace('`', '\'');
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Printable ASCII with no two spaces in a row: what NFD, mark removal and space folding leave as it is. */
    private static boolean plain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
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
        if (lexiconName.regionMatches(true, 0, "the ", 0, 4) && textWords.regionMatches(true, 0, "the ", 0, 4)
                && lexiconName.length() > 4 && textWords.length() > 4) {
            // "The Shire", "The Gambia": running text writes the article in lower case mid-sentence.
            return caseCompatible(lexiconName.substring(4), textWords.substring(4));
        }
        char first = lexiconName.charAt(0);
        return !Character.isUpperCase(first) || Character.isUpperCase(textWords.charAt(0));
    }
}
