package org.dyad.cli;

import org.dyad.pipeline.Lexicons;
import org.dyad.store.Counts;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad ingest}: code the inputs and store their articles and events. */
@Command(name = "ingest", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "Code articles and store them with their events (DuckDB by default, or PostgreSQL)."
                + " Re-ingesting an unchanged article changes nothing; a changed one at the same URL replaces its events.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Code with the PETRARCH dictionaries in DIR instead of Dyad's lexicon")
    Path dictionaries;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or '-' for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        // The store first: a locked or unreachable store is found before CoreNLP loads for 15 s.
        EventStore store = storeOptions.open(err);
        if (store == null) {
            return 1;
        }
        try (store) {
            Lexicons lexicons = Setup.lexicons(err, dictionaries);
            if (lexicons == null) {
                return 1;
            }
            StoreSink sink = new StoreSink(store);
            Batch.Outcome outcome;
            try {
                outcome = Batch.run(inputs, Setup.pipeline(lexicons), List.of(sink), err, r -> { });
            } catch (StoreException e) {
                err.println("dyad: " + e.getMessage() + " (the articles stored before are complete; run the same command again to finish)");
                return 1;
            }
            Counts counts = store.counts();
            System.out.println(sink.summary(outcome.articles(), outcome.failed())
                    + " (store: " + counts.articles() + " articles, " + counts.events() + " events, " + counts.actors() + " actors)");
            return outcome.failed() > 0 ? 1 : 0;
        }
    }
}
