package org.dyad.cli;

import org.dyad.feed.FeedState;
import org.dyad.pipeline.Pipeline;
import org.dyad.write.EventWriter;
import org.dyad.write.ExplainWriter;
import org.dyad.write.JsonLinesWriter;
import org.dyad.write.TableWriter;
import org.dyad.write.TsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad code}: events of the inputs to stdout. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles into events, written to stdout. Inputs: files, folders, '-' for stdin, feed URLs.",
        exitCodeOnInvalidInput = 2)
final class CodeCommand implements Callable<Integer> {

    enum Format { jsonl, tsv, table }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), tsv or table")
    Format format;

    @Option(names = "--explain", description = "Show, per sentence, each predication, how its actors were resolved and which entry coded it, or why it was skipped (on stdout with --format table, else on stderr)")
    boolean explain;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Code with the PETRARCH dictionaries in DIR instead of Dyad's lexicon")
    java.nio.file.Path dictionaries;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, '-' for stdin, or RSS/Atom feed URLs (read once)")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        List<String> feeds = inputs.stream().filter(FeedUrls::isUrl).toList();
        List<String> files = inputs.stream().filter(i -> !FeedUrls.isUrl(i)).toList();
        if (!FeedUrls.check(feeds, err)) {
            return 2;
        }
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        org.dyad.pipeline.Lexicons lexicons = Setup.lexicons(err, dictionaries);
        if (lexicons == null) {
            return 1;
        }
        Pipeline pipeline = Setup.pipeline(lexicons);
        List<EventWriter> writers = new ArrayList<>();
        if (explain) {
            // With jsonl or tsv, stdout stays machine-readable: the explanation goes to stderr.
            Writer explainTo = format == Format.table ? out : new OutputStreamWriter(System.err, StandardCharsets.UTF_8);
            writers.add(new ExplainWriter(explainTo));
        }
        writers.add(writer(format, out));
        // Feeds first: the batch finishes the writers (totals, flush) after its last article.
        FeedPass.Outcome fed = FeedPass.once(feeds, FeedState.inMemory(), new WritingSink(pipeline, writers), err);
        Batch.Outcome outcome = Batch.run(files, pipeline, writers, err, r -> { });
        int failed = outcome.failed() + fed.failed();
        err.println("dyad: " + (outcome.articles() + fed.articles()) + " articles, " + (outcome.events() + fed.events()) + " events"
                + (failed > 0 ? ", " + failed + " inputs not coded" : ""));
        return failed > 0 ? 1 : 0;
    }

    static EventWriter writer(Format format, Writer out) {
        return switch (format) {
            case jsonl -> new JsonLinesWriter(out);
            case tsv -> new TsvWriter(out);
            case table -> new TableWriter(out);
        };
    }
}
