package org.dyad.cli;

import org.dyad.eval.EventKey;
import org.dyad.eval.Evaluation;
import org.dyad.eval.RecordCoder;
import org.dyad.eval.Scorer;
import org.dyad.eval.ValidationFile;
import org.dyad.eval.ValidationRecord;
import org.dyad.nlp.GivenParses;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.write.ExplainWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code dyad eval}: codes each record of a PETRARCH validation file from its raw text and compares
 * the events with the record's gold codings; one line per failing record, pass rates per category,
 * and the closing {@code eval:} line.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "Score Dyad on a PETRARCH validation file (records with gold event codings).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.xml")
    Path file;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Code with the PETRARCH dictionaries in DIR instead of Dyad's lexicon")
    Path dictionaries;

    @Option(names = "--given-parse", description = "Code from the records' own parses (Penn Treebank trees or CoNLL-U) instead of parsing their text")
    boolean givenParse;

    @Option(names = "--record", paramLabel = "ID", description = "Score only the records with these ids (repeatable)")
    List<String> only = new ArrayList<>();

    @Option(names = "--explain", description = "Show, on stderr, how each record was coded: predications, actors, entries, skips")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<ValidationRecord> records;
        try {
            records = ValidationFile.read(file);
            if (!only.isEmpty()) {
                records = records.stream().filter(r -> only.contains(r.id())).toList();
            }
        } catch (IOException e) {
            err.println("dyad: " + file + ": " + e.getMessage());
            return 1;
        }
        Path using = dictionaries == null ? environmentDictionaries(err) : dictionaries;
        Lexicons lexicons = Setup.lexicons(err, using);
        if (lexicons == null) {
            return 1;
        }
        RecordCoder coder = new RecordCoder(givenParse
                ? new GivenParses(Evaluation.givenParses(records, problem -> err.println("dyad: " + file + ": " + problem)))
                : Setup.annotator(lexicons), lexicons, file.toString());
        Set<String> ignored = new TreeSet<>();
        records.forEach(r -> r.config().keySet().stream().filter(o -> !ValidationRecord.OPTIONS_USED.contains(o)).forEach(ignored::add));
        if (!ignored.isEmpty()) {
            err.println("dyad: " + file + ": <Config> options Dyad does not use (they tune PETRARCH's own tree reading): "
                    + String.join(", ", ignored));
        }
        Scorer scorer = new Scorer();
        long start = System.nanoTime();
        // Coding from given parses is measured on one thread: the coder's own speed, not CoreNLP's.
        int threads = givenParse ? 1 : Setup.threads();
        try (OrderedParallel<ValidationRecord, Scored> parallel = new OrderedParallel<>(threads)) {
            ExplainWriter explainer = explain ? new ExplainWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8)) : null;
            parallel.run(records.iterator(), r -> {
                ArticleResult result = coder.code(r);
                if (explainer != null) {
                    synchronized (explainer) {
                        try {
                            explainer.write(result);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
                return new Scored(r, Evaluation.keys(result));
            }, s -> {
                if (!scorer.score(s.record(), s.got())) {
                    out.println("FAIL " + s.record().id() + " " + s.record().category() + " expected="
                            + sorted(s.record().expected()) + " got=" + sorted(s.got()));
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        scorer.categories().forEach((category, c) ->
                out.printf("category %-10s %3d/%-3d passed%n", category, c[1], c[0]));
        err.printf("dyad: %d records coded from %s in %.2f s (%.1f records/s on %d thread%s)%n", records.size(),
                givenParse ? "their given parses" : "raw text", seconds, records.size() / seconds, threads, threads == 1 ? "" : "s");
        out.println(scorer.summary());
        return 0;
    }

    /**
     * Without --dictionaries, the folder of the file when its {@code <Environment>} names dictionaries;
     * a named file missing there is said, and the folder's dictionaries of that kind are used.
     */
    private Path environmentDictionaries(PrintStream err) {
        List<String> named;
        try {
            named = ValidationFile.environmentFiles(file);
        } catch (IOException e) {
            return null;
        }
        if (named.isEmpty()) {
            return null;
        }
        Path dir = file.toAbsolutePath().getParent();
        for (String name : named) {
            if (!java.nio.file.Files.isRegularFile(dir.resolve(name))) {
                err.println("dyad: " + file + ": its <Environment> names " + name + ", which is not beside it:"
                        + " using the dictionaries of that kind found in " + dir + " (give others with --dictionaries DIR)");
            }
        }
        return dir;
    }

    private record Scored(ValidationRecord record, Set<EventKey> got) {
    }

    private static String sorted(Set<EventKey> keys) {
        return new TreeSet<>(keys.stream().map(EventKey::toString).toList()).toString();
    }
}
