package org.dyad.read;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a reader, one at a time, each kept only up to a limit: a JSON Lines file may be
 * any size, but one line of it must not take the heap with it.
 */
final class BoundedLines implements Closeable {

    /** Line {@code number} (from 1); {@code text} is null when the line, {@code length} chars long, was over the limit. */
    record Line(int number, String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final BufferedReader reader;
    private final long limit;
    private int number;

    BoundedLines(Reader reader, long limit) {
        this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
        this.limit = limit;
    }

    /** The next line without its line break, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (length < limit) {
                text.append((char) c);
            }
            length++;
            c = reader.read();
        }
        if (length <= limit && !text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
            length--;
        }
        number++;
        return new Line(number, length > limit ? null : text.toString(), length);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
