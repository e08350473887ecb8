package org.dyad.cli;

import org.dyad.feed.FeedState;
import org.dyad.feed.FeedStateException;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
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

    @Option(names = "--feed-state", paramLabel = "FILE",
            description = "Where the items already seen in feeds are remembered (default: beside the store, STORE.feeds.json)")
    Path feedState;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders, '-' for stdin, or RSS/Atom feed URLs (one pass: new items only)")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        List<String> feeds = inputs.stream().filter(FeedUrls::isUrl).toList();
        List<String> files = inputs.stream().filter(i -> !FeedUrls.isUrl(i)).toList();
        if (!FeedUrls.check(feeds, err)) {
            return 2;
        }
        FeedState seen;
        try {
            seen = FeedState.load(feedState != null ? feedState : FeedUrls.stateFile(storeOptions.spec()));
        } catch (FeedStateException e) {
            err.println("dyad: " + e.getMessage());
            return 1;
        }
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
            Pipeline pipeline = Setup.pipeline(lexicons);
            FeedPass.Outcome fed = FeedPass.once(feeds, seen, new WritingSink(pipeline, List.of(sink)), err);
            Batch.Outcome outcome;
            try {
                outcome = Batch.run(files, pipeline, List.of(sink), err, r -> { });
            } catch (StoreException e) {
                err.println("dyad: " + e.getMessage() + " (the articles stored before are complete; run the same command again to finish)");
                return 1;
            }
            Counts counts = store.counts();
            int failed = outcome.failed() + fed.failed();
            System.out.println(sink.summary(outcome.articles() + fed.articles(), failed)
                    + " (store: " + counts.articles() + " articles, " + counts.events() + " events, " + counts.actors() + " actors)");
            return failed > 0 ? 1 : 0;
        }
    }
}
