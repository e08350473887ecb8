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

    private SharedPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            Lexicons lexicons = Lexicons.bundled();
            pipeline = new Pipeline(CoreNlpAnnotator.datingEventsOf(lexicons.events()), lexicons);
        }
        return pipeline;
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
