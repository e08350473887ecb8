package org.dyad.write;

import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A table for people: per article its headline and date, then one aligned row per event. */
public final class TableWriter implements EventWriter {

    private static final String[] HEAD = {"date", "source", "event", "target", "mode", "where", "according to"};

    private final Writer out;
    private int articles;
    private int events;

    public TableWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        Article a = result.annotated().article();
        articles++;
        events += result.events().size();
        out.write("\n== " + a.headline().orElse("(no headline)") + "  [" + a.input() + "]\n");
        out.write("   published " + a.publishedDate().map(Object::toString).orElse("unknown (no date in the input)")
                + (a.url() == null ? "" : "  " + a.url()) + "\n");
        if (result.events().isEmpty()) {
            out.write("   no events\n");
            out.flush();
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEAD);
        for (Event e : result.events()) {
            rows.add(new String[] {
                    e.date().value() == null ? "?" : e.date().value(),
                    e.source().code() + " " + shorten(e.source().name(), 24),
                    e.cameo() + (e.plover() == null ? "" : " " + e.plover()),
                    e.target().code() + " " + shorten(e.target().name(), 24),
                    e.mode().label(),
                    e.location() == null ? "" : e.location().name(),
                    shorten(TsvWriter.chain(e.attribution()), 50)});
        }
        int[] width = new int[HEAD.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("   ");
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format("%-" + width[i] + "s", r[i]));
                if (i < r.length - 1) {
                    sb.append("  ");
                }
            }
            out.write(sb.toString().stripTrailing() + "\n");
        }
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.write("\n" + articles + " article" + (articles == 1 ? "" : "s") + ", " + events + " event" + (events == 1 ? "" : "s") + "\n");
        out.flush();
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
