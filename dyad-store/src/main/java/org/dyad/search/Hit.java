package org.dyad.search;

import java.time.LocalDate;

/** An article found by a query, with the start of its text. */
public record Hit(String id, String title, String url, LocalDate published, float score, String snippet) {
}
