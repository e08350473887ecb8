package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One non-blank, non-comment line of a lexicon file, split into its fields. */
public record LexiconLine(String file, int number, List<String> fields) {

    private static final java.util.regex.Pattern FIELD_BAR = java.util.regex.Pattern.compile("(?<=\\s)\\|(?=\\s|$)");

    public String field(int i) {
        return i < fields.size() ? fields.get(i) : "";
    }

    /** The alternatives of a field ("Belarus; Byelorussia"), trimmed, empty ones dropped. */
    public List<String> alternatives(int i) {
        List<String> out = new ArrayList<>();
        for (String s : field(i).split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public String where() {
        return file + ":" + number;
    }

    static LexiconLine parse(String file, int number, String raw) {
        String text = stripComment(raw).strip();
        if (text.isEmpty()) {
            return null;
        }
        // A field bar stands between spaces; a bar inside a word joins alternatives ("ties|relations").
        List<String> fields = new ArrayList<>(Arrays.stream(FIELD_BAR.split(text, -1)).map(String::strip).toList());
        return new LexiconLine(file, number, fields);
    }

    /** A '#' starts a comment unless it is part of a word (e.g. "C#"): it must open the line or follow a space. */
    private static String stripComment(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
                return raw.substring(0, i);
            }
        }
        return raw;
    }
}
