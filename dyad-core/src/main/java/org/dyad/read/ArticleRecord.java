package org.dyad.read;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.time.PublicationDates;

/**
 * An article given as named fields, as a JSON Lines line or a table row (Parquet) holds it:
 * {"id","url","title","publisher","published","text"}, only {@code text} required. Every field is
 * text as written, null when absent or blank.
 */
public record ArticleRecord(String id, String url, String title, String publisher, String published, String text) {

    public ArticleRecord {
        id = blankToNull(id);
        url = blankToNull(url);
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        published = blankToNull(published);
    }

    /**
     * The article, or what is wrong with the record: {@code where} names the record in a problem
     * ("feed.jsonl:7"), {@code input} becomes the article's input.
     */
    public ReadOutcome read(String where, String input) {
        if (text == null) {
            return new ReadOutcome.Unreadable(where, "no \"text\": every record needs the article's text");
        }
        String body = Paragraphs.of(text);
        if (body.isEmpty()) {
            return new ReadOutcome.Unreadable(where, Problems.EMPTY);
        }
        Optional<LocalDate> date = Optional.ofNullable(published).flatMap(PublicationDates::parse);
        if (published != null && date.isEmpty()) {
            return new ReadOutcome.Unreadable(where, Problems.notADate("\"published\"", published));
        }
        String articleId = id != null ? id : ArticleIds.fromText(body);
        return new ReadOutcome.Read(new Article(articleId, url, input, title, publisher, date.orElse(null), body));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
