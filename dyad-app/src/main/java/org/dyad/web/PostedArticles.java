package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Article;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import org.dyad.time.PublicationDates;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles from a request body, read by the same readers as {@code dyad code -}: a JSON object
 * {text, title, published, url, id} (as one JSON Lines record), or any text the command line
 * reads (the house text layout, plain text, HTML, JSON Lines). A body that gives no article is the
 * user's mistake, named in a {@link BadRequest}.
 */
final class PostedArticles {

    /** Coding is costly: a request codes a handful of articles, not a corpus. */
    static final int MAX_ARTICLES = 20;

    /** The {@code input} of posted articles and their events. */
    static final String INPUT = "posted";

    private final ObjectMapper json;

    PostedArticles(ObjectMapper json) {
        this.json = json;
    }

    List<Article> read(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new BadRequest("text", "the body is empty: post an article's text, or JSON {\"text\": \"...\"}");
        }
        boolean isJson = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        byte[] input = isJson ? asJsonLine(text) : body;
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadOutcome> outcomes = new ArticleSource(new ByteArrayInputStream(input)).read(List.of("-"))) {
            for (ReadOutcome outcome : (Iterable<ReadOutcome>) outcomes::iterator) {
                if (outcome instanceof ReadOutcome.Unreadable u) {
                    throw new BadRequest(isJson ? "text" : "body", "posted " + u.input().replaceFirst("^-", "text")
                            + ": " + u.problem());
                }
                Article a = ((ReadOutcome.Read) outcome).article();
                // Named for where it came from, as a file is: the readers call stdin "-".
                articles.add(new Article(a.id(), a.url(), INPUT, a.title(), a.publisher(), a.published(), a.text()));
                if (articles.size() > MAX_ARTICLES) {
                    throw new BadRequest("body", "more than " + MAX_ARTICLES + " articles in one request: post fewer,"
                            + " or store a corpus with dyad ingest");
                }
            }
        }
        return articles;
    }

    /** A JSON object on one line, so that the JSON Lines reader checks its fields as it does a file's. */
    private byte[] asJsonLine(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", "invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": post {\"text\": \"...\", \"title\": ..., \"published\": \"YYYY-MM-DD\"}");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequest("body", "not a JSON object: post {\"text\": \"...\"}");
        }
        if (!node.path("text").isTextual()) {
            throw new BadRequest("text", "no \"text\" string: the article's text is required");
        }
        JsonNode published = node.path("published");
        if (published.isTextual() && PublicationDates.parse(published.asText()).isEmpty()) {
            throw new BadRequest("published", "'" + published.asText() + "' is not a date: give YYYY-MM-DD or an ISO date-time");
        }
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree just read writes back", e);
        }
    }
}
