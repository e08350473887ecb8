package org.dyad.cli;

import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.PetrarchLexicons;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * PETRARCH dictionaries read from a folder and turned into Dyad's lexicons, with every line that
     * could not be used reported; null (after saying why) when the folder gives nothing to code with.
     */
    static Lexicons lexicons(PrintStream err, Path dictionaries) {
        Lexicons defaults = lexicons(err);
        if (dictionaries == null) {
            return defaults;
        }
        PetrarchDictionaries read = PetrarchDictionaries.load(dictionaries);
        if (read.verbs().isEmpty() || read.actors().isEmpty()) {
            read.problems().forEach(p -> err.println("dyad: " + p));
            err.println("dyad: " + dictionaries + ": no PETRARCH verbs and actors dictionaries found there:"
                    + " give the folder that holds them (files named *verbs* or CAMEO*, and *actors*)");
            return null;
        }
        List<String> problems = new ArrayList<>();
        Lexicons lexicons = PetrarchLexicons.from(read, defaults, problems);
        problems.forEach(p -> err.println("dyad: dictionary: " + p));
        return lexicons;
    }

    static Pipeline pipeline(Lexicons lexicons) {
        return new Pipeline(annotator(lexicons), lexicons);
    }

    static CoreNlpAnnotator annotator(Lexicons lexicons) {
        return CoreNlpAnnotator.datingEventsOf(lexicons.events());
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
