package org.dyad.store;

/** A query parameter with a value the store cannot use; the message names the parameter and what it accepts. */
public final class BadQueryException extends RuntimeException {

    private final String parameter;

    public BadQueryException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
