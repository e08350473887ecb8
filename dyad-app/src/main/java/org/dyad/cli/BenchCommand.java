package org.dyad.cli;

import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.Writer;
import org.dyad.write.JsonLinesWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad bench}: codes a corpus (the demo corpus by default) and reports throughput, the share
 * of each stage and the peak heap. Numbers are for comparing runs on one machine, as ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput, per-stage time shares and peak heap on a corpus (default: the demo corpus).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--repeat", defaultValue = "1", description = "Code the corpus this many times (after one warm-up pass)")
    int repeat;

    @Parameters(arity = "0..*", paramLabel = "INPUT")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        PrintStream out = System.out;
        List<String> corpus = inputs == null || inputs.isEmpty()
                ? List.of(Setup.home().resolve("demo/articles").toString()) : inputs;
        long l0 = System.nanoTime();
        Lexicons lexicons = Setup.lexicons(err);
        long l1 = System.nanoTime();
        Pipeline pipeline = Setup.pipeline(lexicons);
        long l2 = System.nanoTime();
        out.printf("load: lexicons %.1f s, CoreNLP %.1f s%n", (l1 - l0) / 1e9, (l2 - l1) / 1e9);

        Batch.run(corpus, pipeline, List.of(new JsonLinesWriter(Writer.nullWriter())), err, r -> { });  // warm-up

        long[] counts = new long[3];
        StageTimes[] stages = {StageTimes.ZERO};
        long w0 = System.nanoTime();
        Batch.Outcome outcome = null;
        long read = 0;
        long write = 0;
        for (int i = 0; i < repeat; i++) {
            // Events are formatted as JSON Lines and thrown away, so writing is measured without disk noise.
            outcome = Batch.run(corpus, pipeline, List.of(new JsonLinesWriter(Writer.nullWriter())), err, (ArticleResult r) -> {
                counts[0]++;
                counts[1] += r.annotated().sentences().size();
                counts[2] += r.annotated().tokenCount();
                stages[0] = stages[0].plus(r.times());
            });
            read += outcome.readNanos();
            write += outcome.writeNanos();
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        StageTimes t = stages[0];
        double total = t.total() + read + write;
        out.printf("corpus: %d articles, %d sentences, %d tokens, %d events (per pass)%n",
                counts[0] / repeat, counts[1] / repeat, counts[2] / repeat, outcome.events());
        out.printf("threads: %d, wall %.2f s%n", Setup.threads(), wall);
        out.printf("throughput: %.2f articles/s, %.1f sentences/s, %.0f tokens/s%n",
                counts[0] / wall, counts[1] / wall, counts[2] / wall);
        out.printf("stage shares (of time inside stages): read %.2f%%, annotate %.1f%%, extract %.2f%%, code %.2f%%, "
                        + "dedupe %.3f%%, write %.2f%%%n", 100 * read / total, 100 * t.annotate() / total,
                100 * t.extract() / total, 100 * t.code() / total, 100 * t.dedupe() / total, 100 * write / total);
        long peak = peakHeapMb();
        out.printf("peak heap: %d MB%n", peak);
        out.printf("bench: articles=%d sent_per_s=%.1f tok_per_s=%.0f own_share=%.4f peak_heap_mb=%d%n",
                counts[0], counts[1] / wall, counts[2] / wall, (read + t.extract() + t.code() + t.dedupe() + write) / total, peak);
        return 0;
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
