package org.dyad.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.model.Article;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.OrderedParallel;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import org.dyad.write.EventWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads inputs, codes the articles on all cores and writes the results in input order. A bad input
 * is reported in one line and the others go on; the outcome says whether any input failed.
 */
final class Batch {

    /** How a run went: articles coded, events written, inputs that could not be read or coded. */
    record Outcome(int articles, int events, int failed, long readNanos, long writeNanos) {
    }

    private sealed interface Item {
        record Done(ArticleResult result) implements Item {
        }

        record Failed(String input, String problem) implements Item {
        }
    }

    /** News articles run to tens of thousands of characters; a million is a book, not an article. */
    static final int MAX_ARTICLE_CHARS = 1_000_000;

    private Batch() {
    }

    static Outcome run(List<String> inputs, Pipeline pipeline, List<EventWriter> writers, PrintStream err,
                       java.util.function.Consumer<ArticleResult> observer) throws InterruptedException {
        int[] counts = new int[3];
        long[] nanos = new long[2];
        boolean progress = stderrIsTerminal() && System.getenv("DYAD_NO_PROGRESS") == null;
        try (Stream<ReadOutcome> outcomes = new ArticleSource(System.in).read(inputs);
             OrderedParallel<ReadOutcome, Item> parallel = new OrderedParallel<>(Setup.threads());
             ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("coding").setStyle(ProgressBarStyle.ASCII)
                     .setInitialMax(-1).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build() : null) {
            Iterator<ReadOutcome> source = outcomes.iterator();
            // Reading happens on this thread, lazily, as the workers ask for more: time it here.
            Iterator<ReadOutcome> it = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    long t = System.nanoTime();
                    boolean more = source.hasNext();
                    nanos[0] += System.nanoTime() - t;
                    return more;
                }

                @Override
                public ReadOutcome next() {
                    long t = System.nanoTime();
                    ReadOutcome next = source.next();
                    nanos[0] += System.nanoTime() - t;
                    return next;
                }
            };
            parallel.run(it, outcome -> process(outcome, pipeline), item -> {
                if (item instanceof Item.Done done) {
                    counts[0]++;
                    counts[1] += done.result().events().size();
                    observer.accept(done.result());
                    long t = System.nanoTime();
                    for (EventWriter w : writers) {
                        try {
                            w.write(done.result());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    nanos[1] += System.nanoTime() - t;
                } else if (item instanceof Item.Failed failed) {
                    counts[2]++;
                    err.println("dyad: " + failed.input() + ": " + failed.problem());
                }
                if (bar != null) {
                    bar.step();
                }
            });
        }
        for (EventWriter w : writers) {
            try {
                w.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Outcome(counts[0], counts[1], counts[2], nanos[0], nanos[1]);
    }

    /** The launcher says whether stderr is a terminal; without it, only an interactive console counts. */
    private static boolean stderrIsTerminal() {
        String said = System.getProperty("dyad.stderr.tty");
        return said != null ? said.equals("true") : System.console() != null;
    }

    private static Item process(ReadOutcome outcome, Pipeline pipeline) {
        if (outcome instanceof ReadOutcome.Unreadable u) {
            return new Item.Failed(u.input(), u.problem());
        }
        Article article = ((ReadOutcome.Read) outcome).article();
        if (article.text().isBlank()) {
            return new Item.Failed(article.input(), "empty article: nothing to code");
        }
        if (article.text().length() > MAX_ARTICLE_CHARS) {
            return new Item.Failed(article.input(), String.format("too long for one article (%,d characters; the limit is %,d):"
                    + " split it into articles, for example as JSON Lines", article.text().length(), MAX_ARTICLE_CHARS));
        }
        try {
            return new Item.Done(pipeline.process(article));
        } catch (RuntimeException e) {
            // A bug in Dyad, not the user's mistake: report it on this article and go on with the rest.
            if (System.getenv("DYAD_DEBUG") != null) {
                e.printStackTrace();
            }
            return new Item.Failed(article.input(), "internal error while coding (" + e
                    + "): please report it; set DYAD_DEBUG=1 for the stack trace");
        }
    }
}
