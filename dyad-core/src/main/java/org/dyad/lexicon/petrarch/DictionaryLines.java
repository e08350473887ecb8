package org.dyad.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a dictionary that carry content, numbered as in the file, with comments removed.
 *
 * <p>Comments, as PETRARCH reads them: a line opening with {@code <!} starts a block that ends
 * on the line holding {@code -->} (often the same line); elsewhere {@code #} starts a comment that
 * runs to the end of the line. A {@code #} inside square brackets is not a comment but part of a
 * code, so the TABARI discard code {@code [###]} survives (PETRARCH itself would cut it).
 */
final class DictionaryLines {

    /** A line that carries content: its number in the file and its text, comment and outer blanks removed. */
    record Line(int number, String text) {
    }

    private DictionaryLines() {
    }

    static List<Line> of(String content, Problems problems) {
        List<Line> out = new ArrayList<>();
        String[] lines = content.split("\r\n|\r|\n", -1);
        int commentOpenedAt = 0;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String raw = lines[i];
            if (commentOpenedAt == 0 && raw.strip().startsWith("<!")) {
                commentOpenedAt = number;
            }
            if (commentOpenedAt != 0) {
                int end = raw.indexOf("-->");
                if (end >= 0) {
                    commentOpenedAt = 0;
                    if (!raw.substring(end + 3).isBlank()) {
                        problems.at(number, "text after '-->' on the same line is ignored: put it on a line of its own");
                    }
                }
                continue;
            }
            String text = withoutComment(raw).strip();
            if (!text.isEmpty()) {
                out.add(new Line(number, text));
            }
        }
        if (commentOpenedAt != 0) {
            problems.at(commentOpenedAt, "comment opened with '<!' is never closed with '-->': the rest of the file is skipped");
        }
        return out;
    }

    private static String withoutComment(String raw) {
        boolean inBrackets = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            } else if (c == '#' && !inBrackets) {
                return raw.substring(0, i);
            }
        }
        return raw;
    }
}
