package org.dyad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article as stored, with the events coded from it in sentence order. */
public record StoredArticle(String id, String url, String input, String publisher, String title, LocalDate published,
                            String text, String contentHash, Instant ingestedAt, List<StoredEvent> events) {

    public StoredArticle {
        events = List.copyOf(events);
    }
}
