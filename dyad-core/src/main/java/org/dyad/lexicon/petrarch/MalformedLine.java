package org.dyad.lexicon.petrarch;

/**
 * A dictionary line the readers cannot read. It never leaves this package: each reader catches it
 * at the line it is reading and turns it into a problem naming the file and line, then goes on.
 */
final class MalformedLine extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedLine(String message) {
        super(message, null, false, false);
    }
}
