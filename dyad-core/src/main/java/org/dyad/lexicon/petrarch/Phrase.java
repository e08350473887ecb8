package org.dyad.lexicon.petrarch;

import java.util.Objects;

/**
 * A name or phrase as a dictionary writes it ({@code NORTH_KOREA}, {@code HAMAS WING}) and as text
 * ({@code NORTH KOREA}). PETRARCH joins the words of one name with {@code _}; a trailing {@code _}
 * ({@code UN_}) is TABARI's mark that the last word must match whole rather than as a stem, and is
 * kept only in {@link #raw()}.
 */
public record Phrase(String raw) {

    public Phrase {
        Objects.requireNonNull(raw, "raw");
        if (raw.isBlank()) {
            throw new IllegalArgumentException("a phrase has at least one word");
        }
    }

    /** The words separated by single spaces. */
    public String text() {
        return raw.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }
}
