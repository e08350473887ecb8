package org.dyad.spark;

import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The one pipeline of an executor JVM. CoreNLP with its models takes ~4 GB and ~15 s to load, far
 * too much for each task or partition, so the first task in a JVM builds it and every later task
 * there, on any thread, shares it ({@link Pipeline} is safe to share). This holder is the only static
 * mutable state of Dyad on Spark; in local mode the driver JVM is the executor and holds it too.
 */
final class ExecutorPipeline {

    private record Loaded(String key, Lexicons lexicons, List<String> problems, Pipeline pipeline) {
    }

    /** Guarded by the class lock. */
    private static Loaded loaded;

    private ExecutorPipeline() {
    }

    /** The pipeline for {@code choice}, built on first use in this JVM, rebuilt only if the choice changes. */
    static synchronized Pipeline pipeline(LexiconChoice choice) {
        Loaded l = load(choice);
        if (l.lexicons() == null) {
            throw new IllegalStateException("no lexicons to code with: " + String.join("; ", l.problems()));
        }
        if (l.pipeline() == null) {
            // The same stages as the command line's `dyad code` (org.dyad.cli.Setup): CoreNLP, then Dyad's.
            loaded = new Loaded(l.key(), l.lexicons(), l.problems(), new Pipeline(new CoreNlpAnnotator(), l.lexicons()));
        }
        return loaded.pipeline();
    }

    /** Whether {@code choice} gives lexicons to code with, and the problems met loading them. */
    record Check(boolean usable, List<String> problems) {
    }

    /**
     * Loads the lexicons for {@code choice} (kept for the pipeline): the driver asks first, to report
     * their problems once and to stop before any work when they are unusable.
     */
    static synchronized Check check(LexiconChoice choice) {
        Loaded l = load(choice);
        return new Check(l.lexicons() != null, l.problems());
    }

    private static Loaded load(LexiconChoice choice) {
        if (loaded == null || !loaded.key().equals(choice.key())) {
            List<String> problems = new ArrayList<>();
            Lexicons lexicons = choice.load(problems);
            loaded = new Loaded(choice.key(), lexicons, List.copyOf(problems), null);
        }
        return loaded;
    }
}
