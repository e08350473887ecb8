package org.dyad.read;

import org.dyad.model.Article;
import org.dyad.model.ArticleIds;

/** Reads text without the house layout: no title, no date, the whole text is the body. */
final class PlainTextReader {

    /** The article that {@code text} is, or the empty-article problem when it holds only whitespace. */
    ReadOutcome read(String input, String text) {
        String body = Paragraphs.of(text);
        if (body.isEmpty()) {
            return new ReadOutcome.Unreadable(input, Problems.EMPTY);
        }
        return new ReadOutcome.Read(new Article(ArticleIds.fromText(body), null, input, null, null, null, body));
    }
}
