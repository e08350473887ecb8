package org.dyad.feed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of a feed as the feed describes it.
 *
 * @param link      the absolute http(s) address of the item's page
 * @param title     its headline, or null
 * @param summary   its description or content, HTML or text, or null
 * @param published its publication (else update) date, or null
 */
record FeedItem(String link, String title, String summary, LocalDate published) {

    FeedItem {
        Objects.requireNonNull(link, "link");
    }
}
