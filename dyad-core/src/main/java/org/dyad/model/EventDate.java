package org.dyad.model;

/**
 * The date of an event, at the precision the text gives it.
 *
 * @param value  ISO date ("2020-09-14"), month ("2020-08") or year ("2020"), or null when unknown
 * @param source "text" when read from the sentence, "published" when the publication date stood in, "unknown"
 */
public record EventDate(String value, String source) {

    public static EventDate unknown() {
        return new EventDate(null, "unknown");
    }
}
