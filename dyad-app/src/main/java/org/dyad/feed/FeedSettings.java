package org.dyad.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and patiently feeds and pages are fetched.
 *
 * @param connectTimeout  the longest wait for a connection
 * @param readTimeout     the longest wait for a whole answer, headers and body, once asked
 * @param maxBytes        the largest feed or page fetched; a larger one is abandoned unread
 * @param userAgent       who Dyad says it is, with where to read about it
 * @param firstBackoff    the wait after a feed's first failure; it doubles with each failure after
 * @param maxBackoff      the longest wait after failures, and the longest Retry-After honoured
 * @param hostPause       the least time between two requests to the same host
 */
public record FeedSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent,
                           Duration firstBackoff, Duration maxBackoff, Duration hostPause) {

    public static final String USER_AGENT = "Dyad/0.1 (+https://github.com/dyad-events/dyad)";

    public FeedSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(hostPause, "hostPause");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** 10 s to connect, 30 s to answer, 5 MB at most, backing off from 5 minutes up to 6 hours, one request a second per host. */
    public static FeedSettings defaults() {
        return new FeedSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, USER_AGENT,
                Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofSeconds(1));
    }
}
