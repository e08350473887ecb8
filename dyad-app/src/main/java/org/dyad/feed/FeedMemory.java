package org.dyad.feed;

import java.time.Instant;

/**
 * What is remembered of one feed between passes.
 *
 * @param etag         the validator of the last answer read in full, sent back as If-None-Match
 * @param lastModified the Last-Modified of that answer, sent back as If-Modified-Since
 * @param failures     failures in a row since the last success
 * @param retryAt      not to be asked before this instant (backoff or Retry-After), or null
 */
record FeedMemory(String etag, String lastModified, int failures, Instant retryAt) {

    static final FeedMemory NEW = new FeedMemory(null, null, 0, null);

    FeedMemory succeeded(String newEtag, String newLastModified) {
        return new FeedMemory(newEtag, newLastModified, 0, null);
    }

    /** Answered, but its items were not all taken: ask again in full next time, without backing off. */
    FeedMemory unfinished() {
        return new FeedMemory(null, null, 0, retryAt);
    }

    FeedMemory failed(Instant retry) {
        return new FeedMemory(etag, lastModified, failures + 1, retry);
    }

    boolean waiting(Instant now) {
        return retryAt != null && now.isBefore(retryAt);
    }
}
