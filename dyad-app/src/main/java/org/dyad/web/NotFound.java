package org.dyad.web;

/** A request for something the store does not hold: answered 404, naming what was asked for. */
final class NotFound extends RuntimeException {

    private final String parameter;

    NotFound(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
