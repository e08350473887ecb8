package org.dyad.write;

import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GDELT-like tab-separated values: one event a row, a header first. Tabs and line breaks inside
 * fields become spaces so every row has the same number of columns.
 */
public final class TsvWriter implements EventWriter {

    static final List<String> COLUMNS = List.of("event_id", "article_id", "date", "date_source", "source_code",
            "source_name", "target_code", "target_name", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
            "mode", "location", "location_country", "lat", "lon", "attribution", "confidence", "url", "input",
            "sentence", "evidence");

    private final Writer out;
    private boolean header;

    public TsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        if (!header) {
            out.write(String.join("\t", COLUMNS) + "\n");
            header = true;
        }
        for (Event e : result.events()) {
            List<Object> row = List.of(e.eventId(), e.articleId(), nz(e.date().value()), e.date().source(),
                    e.source().code(), e.source().name(), e.target().code(), e.target().name(), e.cameo(),
                    e.cameo().root(), e.quadClass(), e.goldstein(), nz(e.plover()), e.mode().label(),
                    e.location() == null ? "" : e.location().name(),
                    e.location() == null ? "" : nz(e.location().country()),
                    e.location() == null ? "" : e.location().lat(), e.location() == null ? "" : e.location().lon(),
                    chain(e.attribution()), e.confidence(), nz(e.url()), e.input(), e.sentence(), e.evidence());
            out.write(row.stream().map(v -> clean(String.valueOf(v))).collect(Collectors.joining("\t")) + "\n");
        }
        out.flush();
    }

    static String chain(List<Attribution> attribution) {
        return attribution.stream()
                .map(a -> a.name() + (a.anonymous() ? " (anonymous)" : "") + (a.inferred() ? " (inferred)" : ""))
                .collect(Collectors.joining(" > "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
