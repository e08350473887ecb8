package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Rows under a header, written aligned for people, as TSV, or as one JSON object per row. */
final class Table {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String[] head;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... head) {
        this.head = head;
    }

    void row(String... cells) {
        rows.add(cells);
    }

    void write(Writer out) throws IOException {
        write(out, "table");
    }

    void write(Writer out, String format) throws IOException {
        switch (format) {
            case "tsv" -> {
                out.write(String.join("\t", head) + "\n");
                for (String[] r : rows) {
                    out.write(String.join("\t", clean(r)) + "\n");
                }
            }
            case "jsonl" -> {
                for (String[] r : rows) {
                    ObjectNode n = JSON.createObjectNode();
                    for (int i = 0; i < head.length; i++) {
                        n.put(head[i], r[i]);
                    }
                    out.write(n.toString() + "\n");
                }
            }
            default -> aligned(out);
        }
    }

    private void aligned(Writer out) throws IOException {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        int[] width = new int[head.length];
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format("%-" + width[i] + "s", r[i]));
                if (i < r.length - 1) {
                    sb.append("  ");
                }
            }
            out.write(sb.toString().stripTrailing() + "\n");
        }
    }

    private static String[] clean(String[] r) {
        String[] c = new String[r.length];
        for (int i = 0; i < r.length; i++) {
            c[i] = r[i].replace('\t', ' ').replace('\n', ' ');
        }
        return c;
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
