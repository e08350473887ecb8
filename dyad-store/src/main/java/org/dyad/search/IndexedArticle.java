package org.dyad.search;

import java.time.LocalDate;

/** What the index keeps of an article: enough to find it and show it in a list of hits. */
public record IndexedArticle(String id, String url, String title, String publisher, LocalDate published, String text) {
}
