package org.dyad.cli;

import org.dyad.actor.ActorLexicon;
import org.dyad.bench.BenchCorpus;
import org.dyad.bench.BenchLine;
import org.dyad.bench.GivenParseLine;
import org.dyad.bench.HeapWatch;
import org.dyad.eval.ValidationFile;
import org.dyad.eval.ValidationRecord;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.eval.Evaluation;
import org.dyad.nlp.GivenParses;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.OrderedParallel;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StageTimes;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import org.dyad.write.JsonLinesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dyad bench}: codes a corpus (the bench corpus by default) end to end and measures, in the
 * same run, on the same articles and threads, the bare CoreNLP floor (tokenize, ssplit, pos, lemma,
 * depparse); reports both throughputs, their ratio, the share of each stage and the peak heap. With
 * {@code --given-parse} it measures the coder alone on a validation file's own parses instead.
 * Numbers are for comparing runs on one machine, as ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "Measure throughput against the CoreNLP floor, per-stage shares and peak heap on a corpus"
                + " (default: the bench corpus in bench/articles).")
final class BenchCommand implements Callable<Integer> {

    /** Articles coded before timing starts, so that the JIT has compiled the hot paths. */
    private static final int WARM_UP_ARTICLES = 24;
    /** Articles that Dyad, then the floor, code in one turn. */
    private static final int SLICE = 30;

    @Option(names = "--repeat", paramLabel = "N", description = "Timed passes over the corpus (default: 1; with --given-parse: 20)")
    Integer repeat;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--given-parse", paramLabel = "FILE.xml",
            description = "Measure the coder alone, on one thread, on the own parses of this PETRARCH validation file")
    Path givenParse;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "With --given-parse: code with the PETRARCH dictionaries in DIR")
    Path dictionaries;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Write the bench corpus, generated from the demo articles, to DIR and stop")
    Path writeCorpus;

    @Parameters(arity = "0..*", paramLabel = "INPUT")
    List<String> inputs;

    /** A value with the wall and CPU nanoseconds its making took on the thread that made it. */
    private record Timed<T>(T value, long wall, long cpu) {

        static <T> Timed<T> of(java.util.function.Supplier<T> work) {
            long w0 = System.nanoTime();
            long c0 = cpuNow();
            T value = work.get();
            return new Timed<>(value, System.nanoTime() - w0, cpuNow() - c0);
        }

        static long cpuNow() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    /** Articles, sentences and tokens done, with the wall and CPU time they took. */
    private static final class Tally {
        long articles;
        long sentences;
        long tokens;
        long wall;
        long cpu;

        synchronized void count(AnnotatedArticle a, long cpuNanos) {
            articles++;
            sentences += a.sentences().size();
            tokens += a.tokenCount();
            cpu += cpuNanos;
        }

        synchronized void time(long wallNanos, long cpuNanos) {
            wall += wallNanos;
            cpu += cpuNanos;
        }

        double perWall(long n) {
            return wall == 0 ? 0 : n / (wall / 1e9);
        }

        double perCpu(long n) {
            return cpu == 0 ? 0 : n / (cpu / 1e9);
        }
    }

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final HeapWatch heap = new HeapWatch();

    @Override
    public Integer call() throws Exception {
        if (repeat != null && repeat < 1 || threads != null && threads < 1) {
            err.println("dyad: --repeat and --threads take a number of 1 or more");
            return 2;
        }
        if (writeCorpus != null) {
            return writeCorpus();
        }
        return givenParse != null ? givenParse() : endToEnd();
    }

    private int endToEnd() throws InterruptedException, IOException {
        int workers = threads == null ? Setup.threads() : threads;
        int passes = repeat == null ? 1 : repeat;
        List<String> corpus = inputs == null || inputs.isEmpty()
                ? List.of(Setup.home().resolve("bench/articles").toString()) : inputs;
        List<Article> articles = read(corpus);
        if (articles.isEmpty()) {
            err.println("dyad: no articles to measure in " + String.join(", ", corpus) + ": give files or folders of articles");
            return 1;
        }
        long l0 = System.nanoTime();
        Lexicons lexicons = Setup.lexicons(err);
        long l1 = System.nanoTime();
        Pipeline pipeline = Setup.pipeline(lexicons);
        long l2 = System.nanoTime();
        Annotator floor = CoreNlpAnnotator.floor();
        long l3 = System.nanoTime();
        out.printf("load: lexicons %.1f s, Dyad's CoreNLP %.1f s, floor CoreNLP %.1f s%n",
                (l1 - l0) / 1e9, (l2 - l1) / 1e9, (l3 - l2) / 1e9);
        List<Article> warm = articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size()));
        try (OrderedParallel<Article, Timed<ArticleResult>> dyad = new OrderedParallel<>(workers);
             OrderedParallel<Article, Timed<AnnotatedArticle>> bare = new OrderedParallel<>(workers)) {
            dyad.run(warm.iterator(), a -> Timed.of(() -> pipeline.process(a)), r -> { });
            bare.run(warm.iterator(), a -> Timed.of(() -> floor.annotate(a)), r -> { });

            Tally d = new Tally();
            Tally f = new Tally();
            StageTimes[] stages = {StageTimes.ZERO};
            long[] readWrite = new long[2];
            JsonLinesWriter writer = new JsonLinesWriter(Writer.nullWriter());
            for (int pass = 0; pass < passes; pass++) {
                // Reading is one of Dyad's stages: timed from the files, once a pass.
                Timed<List<Article>> reading = Timed.of(() -> read(corpus));
                d.time(reading.wall(), reading.cpu());
                readWrite[0] += reading.wall();
                // Dyad and the floor take turns on slices of the corpus, so that a change in the
                // machine's load (it is shared) falls on both and the ratio stays fair.
                for (int from = 0; from < articles.size(); from += SLICE) {
                    List<Article> slice = articles.subList(from, Math.min(articles.size(), from + SLICE));
                    Runnable dyadTurn = () -> {
                        long w0 = System.nanoTime();
                        run(dyad, slice, a -> Timed.of(() -> pipeline.process(a)), r -> {
                            // Events are formatted as JSON Lines and thrown away: writing without disk noise.
                            Timed<ArticleResult> written = Timed.of(() -> write(writer, r.value()));
                            readWrite[1] += written.wall();
                            d.time(0, written.cpu());
                            d.count(r.value().annotated(), r.cpu());
                            stages[0] = stages[0].plus(r.value().times());
                        });
                        d.time(System.nanoTime() - w0, 0);
                    };
                    Runnable floorTurn = () -> {
                        long f0 = System.nanoTime();
                        run(bare, slice, a -> Timed.of(() -> floor.annotate(a)), r -> f.count(r.value(), r.cpu()));
                        f.time(System.nanoTime() - f0, 0);
                    };
                    // Each goes first on every other slice: whichever follows the other finds the
                    // caches and the JIT as the other left them.
                    boolean dyadFirst = from / SLICE % 2 == 0;
                    (dyadFirst ? dyadTurn : floorTurn).run();
                    (dyadFirst ? floorTurn : dyadTurn).run();
                }
            }
            report(d, f, stages[0], readWrite[0], readWrite[1], workers, passes);
        }
        return 0;
    }

    private static <R> void run(OrderedParallel<Article, R> parallel, List<Article> slice,
                                java.util.function.Function<Article, R> work, java.util.function.Consumer<R> sink) {
        try {
            parallel.run(slice.iterator(), work, sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ArticleResult write(JsonLinesWriter writer, ArticleResult result) {
        try {
            writer.write(result);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result;
    }

    private void report(Tally d, Tally f, StageTimes t, long read, long write, int workers, int passes) {
        double total = t.total() + read + write;
        long own = read + t.extract() + t.code() + t.dedupe() + write;
        out.printf("corpus: %d articles, %d sentences, %d tokens per pass; %d pass%s on %d thread%s%n",
                d.articles / passes, d.sentences / passes, d.tokens / passes, passes, passes == 1 ? "" : "es",
                workers, workers == 1 ? "" : "s");
        out.printf("dyad:  %.2f articles/s, %.1f sentences/s, %.0f tokens/s (wall %.1f s); %.1f sentences per CPU second%n",
                d.perWall(d.articles), d.perWall(d.sentences), d.perWall(d.tokens), d.wall / 1e9, d.perCpu(d.sentences));
        out.printf("floor: %.2f articles/s, %.1f sentences/s, %.0f tokens/s (wall %.1f s); %.1f sentences per CPU second"
                        + " (tokenize,ssplit,pos,lemma,depparse)%n",
                f.perWall(f.articles), f.perWall(f.sentences), f.perWall(f.tokens), f.wall / 1e9, f.perCpu(f.sentences));
        BenchLine line = new BenchLine(d.perWall(d.sentences), f.perWall(f.sentences), d.perCpu(d.sentences),
                f.perCpu(f.sentences), own / total, heap.peakMb(), workers, (int) (d.articles / passes), d.sentences / passes);
        out.printf("ratio: %.3f of the floor by wall time, %.3f by CPU time%n", line.ratio(), line.cpuRatio());
        out.printf("stage shares (of time inside stages, all threads): read %.2f%%, annotate %.1f%%, extract %.2f%%, "
                        + "code %.2f%%, dedupe %.3f%%, write %.2f%%; Dyad's own %.2f%%%n", 100 * read / total,
                100 * t.annotate() / total, 100 * t.extract() / total, 100 * t.code() / total, 100 * t.dedupe() / total,
                100 * write / total, 100 * own / total);
        out.printf("heap: peak %d MB (sum of pool peaks), live after GC %d MB, max %d MB%n",
                heap.peakMb(), heap.liveAfterGcMb(), heap.maxMb());
        out.println(line.format());
    }

    private int givenParse() throws InterruptedException {
        int passes = repeat == null ? 20 : repeat;
        List<ValidationRecord> records;
        try {
            records = ValidationFile.read(givenParse);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("dyad: " + givenParse + ": no such file: check the path");
            return 1;
        } catch (IOException e) {
            err.println("dyad: " + givenParse + ": " + e.getMessage());
            return 1;
        }
        Lexicons lexicons = Setup.lexicons(err, dictionaries);
        if (lexicons == null) {
            return 1;
        }
        // Reading the given trees is timed apart: it is CoreNLP's tree conversion, not the coder.
        Map<String, List<Sentence>> parses = Evaluation.givenParses(records, problem -> err.println("dyad: " + givenParse + ": " + problem));
        long sentences = parses.values().stream().mapToLong(List::size).sum();
        // Timed on a second reading, once CoreNLP's converter and lemmatiser are loaded.
        long p0 = System.nanoTime();
        Evaluation.givenParses(records, problem -> { });
        double parseSeconds = (System.nanoTime() - p0) / 1e9;

        Pipeline pipeline = new Pipeline(new GivenParses(parses), lexicons);
        List<Article> articles = records.stream().map(r -> Evaluation.article(r, givenParse.toString())).toList();
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; i < 5 || System.nanoTime() < warmUntil; i++) {
            articles.forEach(pipeline::process);
        }
        long events = 0;
        long c0 = System.nanoTime();
        long cpu0 = Timed.cpuNow();
        for (int i = 0; i < passes; i++) {
            for (Article a : articles) {
                events += pipeline.process(a).events().size();
            }
        }
        double seconds = (System.nanoTime() - c0) / 1e9;
        double cpuSeconds = (Timed.cpuNow() - cpu0) / 1e9;
        GivenParseLine line = new GivenParseLine(sentences * passes / seconds, sentences * passes / cpuSeconds,
                sentences / parseSeconds, records.size(), sentences, passes, heap.peakMb());
        out.printf("corpus: %d records, %d sentences, %d events per pass; %d timed passes on one thread after warm-up%n",
                records.size(), sentences, events / passes, passes);
        out.printf("coder (extract, code, dedupe on given parses): %.0f sentences/s, %.0f per CPU second, %.1f µs per sentence%n",
                line.sentPerSecond(), line.sentPerCpuSecond(), 1e6 / line.sentPerSecond());
        out.printf("reading the given trees: %.0f sentences/s%n", line.parseSentPerSecond());
        out.println(line.format());
        return 0;
    }

    private int writeCorpus() throws IOException {
        Path demo = Setup.home().resolve("demo/articles");
        List<Article> sources = read(BenchCorpus.sources(Setup.home()));
        List<String> slugs = sources.stream()
                .map(a -> Path.of(a.input()).getFileName().toString().replaceFirst("\\.txt$", "")).toList();
        List<BenchCorpus.Generated> generated = new BenchCorpus(ActorLexicon.bundled()).generate(sources, slugs);
        Files.createDirectories(writeCorpus);
        for (BenchCorpus.Generated g : generated) {
            Files.writeString(writeCorpus.resolve(g.fileName()), g.text());
        }
        out.printf("wrote %d articles to %s from the %d demo articles of %s%n", generated.size(), writeCorpus,
                sources.size(), demo);
        return 0;
    }

    /** The articles of the inputs, in memory; unreadable inputs are reported and left out. */
    private List<Article> read(List<String> corpus) {
        List<Article> out = new ArrayList<>();
        try (Stream<ReadOutcome> outcomes = new ArticleSource(System.in).read(corpus)) {
            outcomes.forEach(o -> {
                if (o instanceof ReadOutcome.Read r) {
                    out.add(r.article());
                } else if (o instanceof ReadOutcome.Unreadable u) {
                    err.println("dyad: " + u.input() + ": " + u.problem());
                }
            });
        }
        return out;
    }

    private static <R> void parallel(List<Article> articles, int workers, java.util.function.Function<Article, R> work)
            throws InterruptedException {
        try (OrderedParallel<Article, R> parallel = new OrderedParallel<>(workers)) {
            parallel.run(articles.iterator(), work, r -> { });
        }
    }
}
