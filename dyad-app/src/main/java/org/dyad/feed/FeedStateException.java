package org.dyad.feed;

/** The feed state file cannot be used; the message is one line naming the file and the fix. */
public final class FeedStateException extends Exception {

    public FeedStateException(String message) {
        super(message);
    }
}
