package org.dyad.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.read.ReadOutcome;
import org.dyad.read.WebPageReader;

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
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final HttpFetcher fetcher;
    private final FeedState state;
    private final FeedSettings settings;
    private final Clock clock;
    private final BiConsumer<String, String> problems;
    private final FeedParser parser = new FeedParser();
    private final WebPageReader pages = new WebPageReader();

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
            return failed(feed, memory, status(answer, "check the feed URL"), answer.header("Retry-After").orElse(null));
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
            Page page = page(feed, item);
            if (page instanceof Page.Wait wait) {
                memory = memory.failed(retryAt(memory, wait.retryAfter()));
                cutShort = "stopped at " + item.link() + ": " + wait.problem();
                problems.accept(item.link(), wait.problem() + "; the feed's remaining items wait for the next pass");
                finished = false;
                break;
            }
            if (page instanceof Page.Nothing nothing) {
                // Neither the page nor the feed gives a text: offering it again would only fail again.
                problems.accept(item.link(), nothing.problem());
                state.rememberLink(item.link());
                continue;
            }
            Article article = ((Page.Got) page).article();
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

    /** What an item's page gave. */
    private sealed interface Page {
        record Got(Article article) implements Page {
        }

        /** The site asks to slow down (429, 503): stop fetching from this feed for now. */
        record Wait(String problem, String retryAfter) implements Page {
        }

        record Nothing(String problem) implements Page {
        }
    }

    private Page page(String feed, FeedItem item) {
        HttpFetcher.Result result = fetcher.get(URI.create(item.link()), Map.of("Accept", PAGE_ACCEPT));
        String problem;
        if (result instanceof HttpFetcher.Failure failure) {
            problem = failure.problem();
        } else {
            HttpFetcher.Answer answer = (HttpFetcher.Answer) result;
            if (answer.status() == 429 || answer.status() == 503) {
                return new Page.Wait(status(answer, "the site asks Dyad to slow down"), answer.header("Retry-After").orElse(null));
            }
            Optional<String> type = answer.header("Content-Type");
            if (answer.status() != 200) {
                problem = status(answer, "the page is gone or broken");
            } else if (type.isPresent() && !isHtml(type.get())) {
                problem = "not an HTML page (" + type.get() + ")";
            } else {
                ReadOutcome read = pages.read(item.link(), answer.body(), type.orElse(null));
                if (read instanceof ReadOutcome.Read got) {
                    return new Page.Got(fromPage(feed, item, got.article()));
                }
                problem = ((ReadOutcome.Unreadable) read).problem();
            }
        }
        if (item.summary() == null) {
            return new Page.Nothing(problem + "; the feed gives no description either: item skipped");
        }
        String html = "<html><body>" + item.summary() + "</body></html>";
        ReadOutcome read = pages.read(item.link(), html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        if (read instanceof ReadOutcome.Read got) {
            problems.accept(item.link(), problem + "; coded from the feed's description instead");
            Article a = got.article();
            return new Page.Got(new Article(a.id(), item.link(), feed, item.title(), null, item.published(), a.text()));
        }
        return new Page.Nothing(problem + "; the feed's description is empty too: item skipped");
    }

    /** The page's article, with the item's link, the feed as its input, and the item's title and date where the page has none. */
    private static Article fromPage(String feed, FeedItem item, Article page) {
        return new Article(page.id(), item.link(), feed,
                page.title() != null ? page.title() : item.title(),
                page.publisher(),
                page.published() != null ? page.published() : item.published(),
                page.text());
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

    private static String status(HttpFetcher.Answer answer, String advice) {
        return "HTTP " + answer.status() + ": " + advice;
    }

    private static boolean isHtml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml");
    }
}
