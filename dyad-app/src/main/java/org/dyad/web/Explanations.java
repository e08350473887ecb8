package org.dyad.web;

import org.dyad.code.Coding;
import org.dyad.model.Sentence;
import org.dyad.pipeline.ArticleResult;
import org.dyad.write.ExplainWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why each event of an article was coded as it was: the --explain lines, per event and whole. */
final class Explanations {

    private Explanations() {
    }

    /**
     * The trace of the coding that made each event, keyed by event id. Repeats of one event are
     * merged by the pipeline; the first coding that gave the id explains it.
     */
    static Map<String, List<String>> perEvent(ArticleResult result) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        List<Sentence> sentences = result.annotated().sentences();
        for (int i = 0; i < result.codings().size(); i++) {
            for (Coding c : result.codings().get(i)) {
                if (c.coded() && !byId.containsKey(c.event().eventId())) {
                    List<String> lines = new ArrayList<>();
                    lines.add("[" + sentences.get(i).index() + "] " + sentences.get(i).text());
                    lines.addAll(c.trace());
                    byId.put(c.event().eventId(), lines);
                }
            }
        }
        return byId;
    }

    /** The whole --explain text of the article: every sentence, every predication, coded or skipped. */
    static String whole(ArticleResult result) {
        StringWriter out = new StringWriter();
        try {
            new ExplainWriter(out).write(result);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString().strip();
    }
}
