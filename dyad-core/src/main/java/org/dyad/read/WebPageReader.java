package org.dyad.read;

/**
 * Reads one HTML page as it came over HTTP, from a live site or out of a web archive: its bytes,
 * decoded in the charset that the server or the page declares, then read as a news page.
 */
public final class WebPageReader {

    private final HtmlReader html = new HtmlReader();

    /**
     * The article on the page, or why there is none (empty, too large).
     *
     * @param input       what to call the page in messages and in {@code Article.input()}
     * @param body        the page as served (content encoding already undone)
     * @param contentType the server's Content-Type header, or null
     */
    public ReadOutcome read(String input, byte[] body, String contentType) {
        if (body.length > Problems.MAX_ARTICLE_BYTES) {
            return new ReadOutcome.Unreadable(input, Problems.tooLarge(body.length));
        }
        String text = PageCharset.decode(body, contentType);
        if (text.isBlank()) {
            return new ReadOutcome.Unreadable(input, Problems.EMPTY);
        }
        return html.read(input, text);
    }
}
