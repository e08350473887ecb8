package org.dyad.search;

/** A query the Lucene syntax cannot read. */
public final class BadSearchException extends RuntimeException {

    public BadSearchException(String message) {
        super(message);
    }
}
