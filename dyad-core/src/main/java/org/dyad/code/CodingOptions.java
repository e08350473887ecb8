package org.dyad.code;

/**
 * How the coder treats what a sentence leaves out.
 *
 * @param requireDyad whether an event needs both a source and a target (Dyad's default, and
 *                    PETRARCH's {@code require_dyad = True}). Turned off, a coded verb whose target
 *                    cannot be found still gives an event, aimed at no one ({@code ---}), as PETRARCH
 *                    codes "a senior official said on Saturday" ({@code ---GOV --- 010}).
 */
public record CodingOptions(boolean requireDyad) {

    public static final CodingOptions DEFAULT = new CodingOptions(true);
}
