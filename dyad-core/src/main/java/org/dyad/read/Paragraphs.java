package org.dyad.read;

import java.util.ArrayList;
import java.util.List;

/** The body layout every reader produces: paragraphs separated by one blank line, no blank edges. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** Lines grouped into paragraphs at blank lines; each line stripped, runs of blank lines made one. */
    static String join(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                flush(paragraph, paragraphs);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(text);
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** {@link #join(List)} of a text's lines. */
    static String of(String text) {
        return join(text.lines().toList());
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
