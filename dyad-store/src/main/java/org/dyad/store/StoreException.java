package org.dyad.store;

/** A store that cannot be opened or used, with a one-line message that names it and the fix. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
