package org.dyad.model;

/** A predication that was not coded, and why: an expected miss is a value, not an exception. */
public record Skipped(Predication predication, String reason) {
}
