package org.dyad.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.dyad.feed.ArticleSink;
import org.dyad.feed.FeedPoller;
import org.dyad.feed.FeedReport;
import org.dyad.feed.FeedSettings;
import org.dyad.feed.FeedState;
import org.dyad.feed.HttpFetcher;

/** One pass over feed URLs given on a command line (code, ingest), with its totals. */
final class FeedPass {

    /** What the pass gave: articles handed on, their events, feeds that failed or still wait. */
    record Outcome(int articles, int events, int failed) {
    }

    private FeedPass() {
    }

    /** Reads each feed once; every problem goes to {@code err} in one line, and each feed's summary too. */
    static Outcome once(List<String> urls, FeedState state, ArticleSink sink, PrintStream err) {
        if (urls.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        FeedSettings settings = FeedSettings.defaults();
        FeedPoller poller = new FeedPoller(new HttpFetcher(settings), state, settings, Clock.systemUTC(),
                (url, problem) -> err.println("dyad: " + url + ": " + problem));
        List<FeedReport> reports = poller.poll(urls, sink, () -> false);
        int articles = 0;
        int events = 0;
        int failed = 0;
        for (FeedReport report : reports) {
            articles += report.articles();
            events += report.events();
            switch (report.outcome()) {
                case FAILED -> failed++;
                case WAITING -> {
                    failed++;
                    err.println("dyad: " + report.line());
                }
                default -> err.println("dyad: " + report.line());
            }
        }
        return new Outcome(articles, events, failed);
    }
}
