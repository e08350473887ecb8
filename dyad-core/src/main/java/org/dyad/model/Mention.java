package org.dyad.model;

/**
 * A named entity found by the annotator: a token range with its type.
 *
 * @param start first token (inclusive)
 * @param end   last token (exclusive)
 * @param type  entity type ("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "NATIONALITY", "TITLE", …)
 */
public record Mention(int start, int end, String type, String text) {

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
