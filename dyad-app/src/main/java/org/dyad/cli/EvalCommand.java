package org.dyad.cli;

import org.dyad.eval.EventKey;
import org.dyad.eval.Scorer;
import org.dyad.eval.ValidationFile;
import org.dyad.eval.ValidationRecord;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.nlp.GivenParses;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.OrderedParallel;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

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

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<ValidationRecord> records;
        try {
            records = ValidationFile.read(file);
        } catch (IOException e) {
            err.println("dyad: " + file + ": " + e.getMessage());
            return 1;
        }
        Lexicons lexicons = Setup.lexicons(err, dictionaries);
        if (lexicons == null) {
            return 1;
        }
        Pipeline pipeline = givenParse ? new Pipeline(new GivenParses(parses(records, err)), lexicons) : Setup.pipeline(lexicons);
        Scorer scorer = new Scorer();
        long start = System.nanoTime();
        // Coding from given parses is measured on one thread: the coder's own speed, not CoreNLP's.
        int threads = givenParse ? 1 : Setup.threads();
        try (OrderedParallel<ValidationRecord, Scored> parallel = new OrderedParallel<>(threads)) {
            parallel.run(records.iterator(), r -> new Scored(r, keys(pipeline.process(article(r)))), s -> {
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

    private record Scored(ValidationRecord record, Set<EventKey> got) {
    }

    /** Each record's own parse: CoNLL-U as it is, Penn Treebank trees converted to UD by CoreNLP. */
    private Map<String, List<Sentence>> parses(List<ValidationRecord> records, PrintStream err) {
        Map<String, List<Sentence>> out = new HashMap<>();
        for (ValidationRecord r : records) {
            String parse = r.parse();
            try {
                out.put(r.id(), GivenParses.sentences(parse));
            } catch (RuntimeException e) {
                err.println("dyad: " + file + ": record " + r.id() + ": unusable parse (" + e.getMessage() + "): coded as no events");
                out.put(r.id(), List.of());
            }
        }
        return out;
    }

    private Article article(ValidationRecord r) {
        return new Article(r.id(), null, file.toString(), null, null, r.date(), r.text().isBlank() ? " " : r.text());
    }

    private static Set<EventKey> keys(ArticleResult result) {
        return result.events().stream()
                .map(e -> new EventKey(e.source().code().value(), e.target().code().value(), e.cameo().value()))
                .collect(Collectors.toSet());
    }

    private static String sorted(Set<EventKey> keys) {
        return new TreeSet<>(keys.stream().map(EventKey::toString).toList()).toString();
    }
}
