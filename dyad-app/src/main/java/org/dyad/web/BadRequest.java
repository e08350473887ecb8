package org.dyad.web;

/** A user's mistake in a request: answered 400 with the parameter it concerns and what to do. */
final class BadRequest extends RuntimeException {

    private final String parameter;

    BadRequest(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
