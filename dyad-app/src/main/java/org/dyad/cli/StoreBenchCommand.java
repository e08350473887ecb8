package org.dyad.cli;

import org.dyad.pipeline.ArticleResult;
import org.dyad.store.Counts;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.SeriesQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * {@code dyad bench-store}: loads synthetic events into a fresh DuckDB file and reports the load
 * time and the p50/p95 latency of the main queries of the API. Not a test: numbers to compare.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "Load synthetic events into a fresh DuckDB store and measure query latency (p50/p95).")
final class StoreBenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--events", defaultValue = "1000000", description = "Events to load (default 1,000,000)")
    int events;

    @Option(names = "--per-article", defaultValue = "10", description = "Events per synthetic article (default 10)")
    int perArticle;

    @Option(names = "--runs", defaultValue = "50", description = "Runs of each query, after 5 warm-up runs (default 50)")
    int runs;

    @Option(names = "--store", paramLabel = "PATH", description = "The DuckDB file to create (default: a new temporary one, deleted after)")
    Path store;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (events < 1 || perArticle < 1 || runs < 1) {
            System.err.println("dyad: --events, --per-article and --runs must be 1 or more");
            return 2;
        }
        Path dir = null;
        Path file = store;
        if (file == null) {
            dir = Files.createTempDirectory("dyad-bench-store");
            file = dir.resolve("bench.duckdb");
        } else if (Files.exists(file)) {
            System.err.println("dyad: " + file + " exists: the benchmark loads a fresh store; give a new path");
            return 2;
        }
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        try (EventStore s = EventStore.open(file.toString())) {
            long t0 = System.nanoTime();
            int articles = (events + perArticle - 1) / perArticle;
            List<ArticleResult> batch = new ArrayList<>();
            int loaded = 0;
            for (int n = 0; n < articles; n++) {
                int k = Math.min(perArticle, events - loaded);
                batch.add(corpus.article(n, articles, k));
                loaded += k;
                if (batch.size() == 1000 || n == articles - 1) {
                    s.ingestAll(batch);
                    batch.clear();
                }
            }
            double load = (System.nanoTime() - t0) / 1e9;
            Counts c = s.counts();
            out.printf("bench-store: loaded %,d events of %,d articles (%,d actors) in %.1f s (%,.0f events/s) into %s%n",
                    c.events(), c.articles(), c.actors(), load, c.events() / load, file);

            Random r = new Random(1);
            List<String> top = corpus.countries().subList(0, 40);
            measure(out, "events by country (limit 100)", i -> s.events(EventQuery.parse(Map.of("country", top.get(r.nextInt(top.size()))))));
            measure(out, "events by dyad (limit 100)", i -> s.events(EventQuery.parse(Map.of(
                    "dyad", top.get(r.nextInt(10)) + "," + top.get(r.nextInt(10))))));
            measure(out, "events by root + 1-year range", i -> {
                LocalDate from = SyntheticCorpus.FIRST.plusDays(r.nextInt(SyntheticCorpus.DAYS - 366));
                s.events(EventQuery.parse(Map.of("root", String.format("%02d", 1 + r.nextInt(20)), "from", from.toString(),
                        "to", from.plusDays(365).toString())));
            });
            measure(out, "series per month for a country", i -> s.series(SeriesQuery.parse(Map.of(
                    "country", top.get(r.nextInt(top.size())), "interval", "month"))));
            measure(out, "top 20 dyads in a year", i -> {
                int year = 2015 + r.nextInt(10);
                s.dyads(EventQuery.parse(Map.of("from", year + "-01-01", "to", year + "-12-31")), 20);
            });
            measure(out, "top 20 actors in a year", i -> {
                int year = 2015 + r.nextInt(10);
                s.actors(EventQuery.parse(Map.of("from", year + "-01-01", "to", year + "-12-31")), 20);
            });
            measure(out, "text search (20 hits)", i -> s.search(corpus.word() + " " + corpus.word(), 20, 0));
            // A text filter names something particular, like a country in the middle of the long tail.
            List<String> tail = corpus.countries().subList(60, 120);
            measure(out, "events by country + text", i -> s.events(EventQuery.parse(Map.of(
                    "country", top.get(r.nextInt(top.size())), "q", SyntheticCorpus.nameOf(tail.get(r.nextInt(tail.size())))))));
            measure(out, "article by id", i -> s.article("syn" + r.nextInt(articles)));
        } finally {
            if (dir != null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    private void measure(PrintStream out, String name, IntConsumer query) {
        for (int i = 0; i < 5; i++) {
            query.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("  %-34s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", name, ms[(int) Math.floor(0.50 * (runs - 1))],
                ms[(int) Math.ceil(0.95 * (runs - 1))], ms[runs - 1]);
    }
}
