package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its input, before any language processing.
 *
 * @param id        the input's own id where it has one, else a stable hash of the text
 * @param url       the article's address where known, else null
 * @param input     the file, folder entry or feed the article was read from ("-" for stdin)
 * @param title     the headline, or null
 * @param publisher the publisher named by the input, or null
 * @param published the publication date, or null when the input does not say
 * @param text      the body, paragraphs separated by blank lines
 */
public record Article(String id, String url, String input, String title, String publisher,
                      LocalDate published, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> headline() {
        return Optional.ofNullable(title).filter(t -> !t.isBlank());
    }
}
