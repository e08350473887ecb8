package org.dyad.model;

/** An argument introduced by a preposition ("with Putin", "to Russia", "against the government"). */
public record Oblique(String preposition, Phrase phrase) {
}
