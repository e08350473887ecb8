package org.dyad.model;

/**
 * One token of a sentence with its annotations and its place in the basic UD dependency tree.
 *
 * @param index    0-based position in the sentence
 * @param head     index of the governing token, or -1 for the root
 * @param relation UD relation to the head ("nsubj", "obl:agent", …; "root" for the root)
 * @param ner      named-entity tag ("PERSON", "COUNTRY", "O", …)
 * @param begin    character offset of the token in the article text as annotated
 */
public record Token(int index, String word, String lemma, String pos, String ner,
                    int head, String relation, int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP") || pos.equals("WP") || pos.equals("WP$");
    }

    /** The relation without its subtype: "obl" for "obl:agent". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
