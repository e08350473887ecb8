package org.dyad.model;

/** Whether an event is said to have happened, not happened, to be going to happen, or only possibly. */
public enum Mode {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
