package org.dyad.lexicon;

/** English word forms that the lexicons need and the tagger does not always give. */
public final class Words {

    private Words() {
    }

    /**
     * A plural folded to its singular by the regular rules ("ministers" → "minister", "militias" →
     * "militia", "authorities" → "authority"); other words are returned as they are. For capitalised
     * plurals that the tagger leaves unlemmatised ("Foreign Ministers").
     */
    public static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
