package org.dyad.eval;

import org.dyad.code.CodingOptions;
import org.dyad.nlp.Annotator;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Codes validation records, each with the options its file's {@code <Config>} set for it: one
 * pipeline per set of options, sharing the annotator and the lexicons. Safe to share across threads.
 */
public final class RecordCoder {

    private final Annotator annotator;
    private final Lexicons lexicons;
    private final String input;
    private final Map<CodingOptions, Pipeline> pipelines = new ConcurrentHashMap<>();

    public RecordCoder(Annotator annotator, Lexicons lexicons, String input) {
        this.annotator = annotator;
        this.lexicons = lexicons;
        this.input = input;
    }

    public ArticleResult code(ValidationRecord r) {
        Pipeline pipeline = pipelines.computeIfAbsent(r.options(), o -> new Pipeline(annotator, lexicons, o));
        return pipeline.process(Evaluation.article(r, input));
    }
}
