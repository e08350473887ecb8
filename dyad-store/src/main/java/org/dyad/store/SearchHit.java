package org.dyad.store;

import java.time.LocalDate;

/** An article matching a full-text query, best first. */
public record SearchHit(String articleId, String title, String url, LocalDate published, float score, String snippet) {
}
