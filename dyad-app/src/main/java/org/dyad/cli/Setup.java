package org.dyad.cli;

import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;

import java.io.PrintStream;
import java.nio.file.Path;

/** What every command needs: the lexicons and the pipeline, built once, with their load time reported. */
final class Setup {

    private Setup() {
    }

    static Lexicons lexicons(PrintStream err) {
        Lexicons lexicons = Lexicons.bundled();
        for (String problem : lexicons.problems()) {
            err.println("dyad: lexicon line skipped: " + problem);
        }
        return lexicons;
    }

    static Pipeline pipeline(Lexicons lexicons) {
        return new Pipeline(new CoreNlpAnnotator(), lexicons);
    }

    /** Where Dyad is installed: the launcher passes it, so the demo corpus is found from any folder. */
    static Path home() {
        String home = System.getProperty("dyad.home");
        return Path.of(home == null ? "." : home);
    }

    static int threads() {
        return Math.max(1, java.lang.Runtime.getRuntime().availableProcessors());
    }
}
