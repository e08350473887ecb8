package org.dyad.it;

import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** One CoreNLP pipeline per test JVM: loading it takes seconds and gigabytes. */
public final class SharedPipeline {

    private static Pipeline pipeline;
    private static CoreNlpAnnotator annotator;

    private SharedPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = new Pipeline(annotator(), Lexicons.bundled());
        }
        return pipeline;
    }

    /** The one CoreNLP annotator, for tests that code with other lexicons. */
    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            // Times are read only in sentences with a trigger of Dyad's own lexicon, as the command line does.
            annotator = CoreNlpAnnotator.datingEventsOf(Lexicons.bundled().events());
        }
        return annotator;
    }

    /** Reads one input and codes each article in it. */
    public static List<ArticleResult> code(String input) {
        List<ArticleResult> out = new ArrayList<>();
        try (var outcomes = new ArticleSource(new ByteArrayInputStream(new byte[0])).read(List.of(input))) {
            outcomes.forEach(o -> {
                if (o instanceof ReadOutcome.Read r) {
                    out.add(get().process(r.article()));
                } else {
                    throw new AssertionError("could not read " + input + ": " + o);
                }
            });
        }
        return out;
    }

    public static List<Event> events(String input) {
        return code(input).stream().flatMap(r -> r.events().stream()).toList();
    }
}
