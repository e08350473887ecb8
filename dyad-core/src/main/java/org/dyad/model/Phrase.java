package org.dyad.model;

/**
 * A noun phrase of a sentence taken as an argument: its head token, its token range and how it was found.
 *
 * @param head  index of the head token
 * @param start first token (inclusive)
 * @param end   last token (exclusive)
 * @param how   the syntactic route to it ("nsubj", "obl:agent", "possessor", "implied by crackdown", …)
 */
public record Phrase(int head, int start, int end, String text, String how) {

    public Phrase withHow(String newHow) {
        return new Phrase(head, start, end, text, newHow);
    }
}
