package org.dyad.feed;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;

/**
 * One pass over feeds: each is asked with a conditional GET, its new items' pages are fetched and
 * read, and the articles handed to a sink. A feed or page that fails is reported in one line
 * (naming its URL) and never stops the others; a failing feed waits longer after each failure.
 */
public final class FeedPoller {

    /*
     * The validators (ETag, Last-Modified) are kept only once every new item of the answer has been
     * taken. Kept earlier, a pass cut short (a 429 on a page, a store error, Ctrl-C) would get a 304
     * next time and the items it did not reach would be lost. Links are remembered one by one as
     * they are taken, so a cut-short pass starts the next one where it stopped.
     */
    private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private final HttpFetcher fetcher;
    private final FeedState state;
    private final FeedSettings settings;
    private final Clock clock;
    private final BiConsumer<String, String> problems;
    private final FeedParser parser = new FeedParser();
    private final ItemPages pages;

    /**
     * @param problems told (URL, one-line problem) for every feed or page that failed
     */
    public FeedPoller(HttpFetcher fetcher, FeedState state, FeedSettings settings, Clock clock,
                      BiConsumer<String, String> problems) {
        this.fetcher = fetcher;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
        this.problems = problems;
        this.pages = new ItemPages(fetcher, problems);
    }

    /** One pass over {@code feeds}, in order; stops between items once {@code stop} says so. */
    public List<FeedReport> poll(List<String> feeds, ArticleSink sink, BooleanSupplier stop) {
        List<FeedReport> reports = new ArrayList<>();
        for (String feed : feeds) {
            if (stop.getAsBoolean()) {
                break;
            }
            FeedReport report = pollFeed(feed, sink, stop);
            reports.add(report);
            save(feed);
        }
        return reports;
    }

    private FeedReport pollFeed(String feed, ArticleSink sink, BooleanSupplier stop) {
        Instant now = clock.instant();
        FeedMemory memory = state.feed(feed);
        if (memory.waiting(now)) {
            return new FeedReport(feed, FeedReport.Outcome.WAITING, 0, 0, 0, 0,
                    "waiting until " + memory.retryAt().truncatedTo(ChronoUnit.SECONDS) + " after "
                            + memory.failures() + (memory.failures() == 1 ? " failure" : " failures"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", FEED_ACCEPT);
        if (memory.etag() != null) {
            headers.put("If-None-Match", memory.etag());
        }
        if (memory.lastModified() != null) {
            headers.put("If-Modified-Since", memory.lastModified());
        }
        HttpFetcher.Result result = fetcher.get(URI.create(feed), headers);
        if (result instanceof HttpFetcher.Failure failure) {
            return failed(feed, memory, failure.problem(), null);
        }
        HttpFetcher.Answer answer = (HttpFetcher.Answer) result;
        if (answer.status() == 304) {
            state.update(feed, memory.succeeded(memory.etag(), memory.lastModified()));
            return new FeedReport(feed, FeedReport.Outcome.NOT_MODIFIED, 0, 0, 0, 0, null);
        }
        if (answer.status() != 200) {
            return failed(feed, memory, answer.status("check the feed URL"), answer.header("Retry-After").orElse(null));
        }
        List<FeedItem> items;
        try {
            items = parser.parse(answer.body(), answer.header("Content-Type").orElse(null), answer.uri());
        } catch (FeedParser.NotAFeed e) {
            return failed(feed, memory, e.getMessage(), null);
        }
        return takeItems(feed, answer, items, memory, sink, stop);
    }

    private FeedReport takeItems(String feed, HttpFetcher.Answer answer, List<FeedItem> items, FeedMemory memory,
                                 ArticleSink sink, BooleanSupplier stop) {
        int newItems = 0;
        int articles = 0;
        int events = 0;
        boolean finished = true;
        String cutShort = null;
        for (FeedItem item : items) {
            if (state.seenLink(item.link())) {
                continue;
            }
            if (stop.getAsBoolean()) {
                finished = false;
                break;
            }
            newItems++;
            ItemPages.Page page = pages.read(feed, item);
            if (page instanceof ItemPages.Page.Wait wait) {
                memory = memory.failed(retryAt(memory, wait.retryAfter()));
                cutShort = "stopped at " + item.link() + ": " + wait.problem();
                problems.accept(item.link(), wait.problem() + "; the feed's remaining items wait for the next pass");
                finished = false;
                break;
            }
            if (page instanceof ItemPages.Page.Nothing nothing) {
                // Neither the page nor the feed gives a text: offering it again would only fail again.
                problems.accept(item.link(), nothing.problem());
                state.rememberLink(item.link());
                continue;
            }
            Article article = ((ItemPages.Page.Got) page).article();
            String hash = ArticleIds.sha256(article.text());
            if (!state.seenHash(hash)) {
                try {
                    events += sink.take(article);
                } catch (RuntimeException e) {
                    problems.accept(item.link(), "not coded or stored (" + e.getMessage() + "): it is offered again on the next pass");
                    finished = false;
                    continue;
                }
                articles++;
                state.rememberHash(hash);
            }
            state.rememberLink(item.link());
            save(feed);
        }
        if (finished) {
            memory = memory.succeeded(answer.header("ETag").orElse(null), answer.header("Last-Modified").orElse(null));
        } else if (cutShort == null) {
            memory = memory.unfinished();
        } else {
            memory = new FeedMemory(null, null, memory.failures(), memory.retryAt());
        }
        state.update(feed, memory);
        return new FeedReport(feed, FeedReport.Outcome.READ, items.size(), newItems, articles, events, cutShort);
    }

    private FeedReport failed(String feed, FeedMemory memory, String problem, String retryAfter) {
        FeedMemory failed = memory.failed(retryAt(memory, retryAfter));
        state.update(feed, failed);
        String line = problem + " (next try after " + failed.retryAt().truncatedTo(ChronoUnit.SECONDS) + ")";
        problems.accept(feed, line);
        return new FeedReport(feed, FeedReport.Outcome.FAILED, 0, 0, 0, 0, line);
    }

    /** Retry-After when the server gives one (up to the longest backoff), else a wait that doubles with each failure. */
    private Instant retryAt(FeedMemory memory, String retryAfter) {
        Instant now = clock.instant();
        Duration wait = RetryAfter.parse(retryAfter, now).orElseGet(() -> {
            int doublings = Math.min(memory.failures(), 30);
            Duration exponential = settings.firstBackoff().multipliedBy(1L << doublings);
            return exponential.isNegative() ? settings.maxBackoff() : exponential;
        });
        return now.plus(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
    }

    private void save(String feed) {
        try {
            state.save();
        } catch (IOException e) {
            problems.accept(feed, "cannot save what has been seen (" + e.getMessage()
                    + "): check the folder of the feed state file; items may be fetched again");
        }
    }

}
