package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dyad.feed.FeedPoller;
import org.dyad.feed.FeedReport;
import org.dyad.feed.FeedSettings;
import org.dyad.feed.FeedState;
import org.dyad.feed.FeedStateException;
import org.dyad.feed.HttpFetcher;
import org.dyad.pipeline.Lexicons;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad watch}: polls feeds until stopped, coding and storing every new article. */
@Command(name = "watch", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = {"Poll RSS and Atom feeds until stopped (Ctrl-C): each new item's page is fetched, coded and stored.",
                "Prints one line per feed and pass: its items, the new ones, the articles stored and their events."})
final class WatchCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = Durations.class,
            description = "Time between passes, like 15m (the default), 30s or 1h")
    Duration every;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "0",
            description = "Stop after N passes (default 0: never, until Ctrl-C)")
    int passes;

    @Option(names = "--feed-state", paramLabel = "FILE",
            description = "Where what has been seen is remembered (default: beside the store, STORE.feeds.json)")
    Path feedState;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Code with the PETRARCH dictionaries in DIR instead of Dyad's lexicon")
    Path dictionaries;

    @Parameters(arity = "1..*", paramLabel = "FEED-URL", description = "RSS or Atom feed addresses (http:// or https://)")
    List<String> feeds;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (passes < 0) {
            err.println("dyad: --passes " + passes + ": give 0 (poll until stopped) or a positive number");
            return 2;
        }
        if (!FeedUrls.check(feeds, err)) {
            return 2;
        }
        String spec = storeOptions.spec();
        Path stateFile = feedState != null ? feedState : FeedUrls.stateFile(spec);
        FeedState state;
        try {
            state = FeedState.load(stateFile);
        } catch (FeedStateException e) {
            err.println("dyad: " + e.getMessage());
            return 1;
        }
        Lexicons lexicons = Setup.lexicons(err, dictionaries);
        if (lexicons == null) {
            return 1;
        }
        EventStore events = storeOptions.open(err);
        if (events == null) {
            return 1;
        }
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C: let the article being coded finish and the store close, rather than cut them off.
            stopping.set(true);
            stop.countDown();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dyad-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (events) {
            FeedSettings settings = FeedSettings.defaults();
            FeedPoller poller = new FeedPoller(new HttpFetcher(settings), state, settings, Clock.systemUTC(),
                    (url, problem) -> err.println("dyad: " + url + ": " + problem));
            WritingSink sink = new WritingSink(Setup.pipeline(lexicons), List.of(new StoreSink(events)));
            err.println("dyad: watching " + feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + " every " + describe(every)
                    + " into " + spec + " (seen items in " + stateFile + "); Ctrl-C stops");
            for (int pass = 1; !stopping.get(); pass++) {
                List<FeedReport> reports = poller.poll(feeds, sink, stopping::get);
                String at = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).toString();
                reports.forEach(r -> out.println(at + " " + r.line()));
                out.flush();
                if (passes > 0 && pass >= passes) {
                    break;
                }
                stop.await(every.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (stopping.get()) {
                err.println("dyad: stopped; what has been seen is kept in " + stateFile);
            }
        } finally {
            finished.countDown();
            if (!stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return 0;
    }

    private static String describe(Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
