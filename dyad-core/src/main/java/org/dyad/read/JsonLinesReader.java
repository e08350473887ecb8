package org.dyad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads JSON Lines, one article per line: {"id","url","title","published","text"}, only "text"
 * required. A bad line is reported as "file:LINE" and the lines after it are still read.
 */
final class JsonLinesReader {

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** One outcome per non-blank line, read lazily; closing the stream closes {@code reader}. */
    Stream<ReadOutcome> read(String input, Reader reader) {
        BoundedLines lines = new BoundedLines(reader, Problems.MAX_ARTICLE_BYTES);
        return new OutcomeCursor() {
            private boolean failed;

            @Override
            public ReadOutcome next() {
                try {
                    BoundedLines.Line line;
                    do {
                        line = failed ? null : lines.next();
                    } while (line != null && !line.tooLong() && line.text().isBlank());
                    return line == null ? null : outcome(input, line);
                } catch (IOException e) {
                    failed = true;
                    return new ReadOutcome.Unreadable(input, "stopped reading (" + e.getMessage() + "): check the file");
                }
            }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    // Nothing was written, so nothing is lost: every line read is already an outcome.
                }
            }
        }.stream();
    }

    private ReadOutcome outcome(String input, BoundedLines.Line line) {
        String where = input + ":" + line.number();
        if (line.tooLong()) {
            return new ReadOutcome.Unreadable(where, Problems.recordTooLarge(line.length()));
        }
        JsonNode record;
        try {
            record = json.readTree(line.text());
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Unreadable(where, "invalid JSON at column " + e.getLocation().getColumnNr()
                    + " (" + e.getOriginalMessage() + "): write one JSON object per line");
        }
        if (!record.isObject()) {
            return new ReadOutcome.Unreadable(where, "not a JSON object: write one {\"text\": ...} object per line");
        }
        if (!record.hasNonNull("text")) {
            return new ReadOutcome.Unreadable(where, "no \"text\": every line needs the article's text");
        }
        return new ArticleRecord(field(record, "id").orElse(null), field(record, "url").orElse(null),
                field(record, "title").orElse(null), field(record, "publisher").orElse(null),
                field(record, "published").orElse(null), field(record, "text").orElse("")).read(where, input);
    }

    /** A field's value as text (numbers too, for numeric ids), or empty when absent, null or blank. */
    private static Optional<String> field(JsonNode record, String name) {
        JsonNode value = record.get(name);
        return value == null || !value.isValueNode() || value.isNull()
                ? Optional.empty()
                : Optional.of(value.asText()).filter(s -> !s.isBlank());
    }
}
