package org.dyad.model;

/**
 * A time expression found in a sentence, with its value normalised against the publication date.
 *
 * @param start first token (inclusive)
 * @param end   last token (exclusive)
 * @param value TIMEX3 value as resolved ("2020-09-14", "2020-08", "2020-W37", "PRESENT_REF", …)
 */
public record TimeExpression(int start, int end, String value, String text) {

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
