package org.dyad.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dyad.model.Article;
import org.dyad.read.ReadOutcome;
import org.dyad.read.WebPageReader;

/**
 * The article of a feed item: its page fetched and read, or, when the page cannot be used, the
 * item's own description; the item's link is the article's URL and the feed its input.
 */
final class ItemPages {

    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /** What an item's page gave. */
    sealed interface Page {
        record Got(Article article) implements Page {
        }

        /** The site asks to slow down (429, 503): fetch nothing more from this feed for now. */
        record Wait(String problem, String retryAfter) implements Page {
        }

        /** Neither the page nor the description gives a text. */
        record Nothing(String problem) implements Page {
        }
    }

    private final HttpFetcher fetcher;
    private final BiConsumer<String, String> problems;
    private final WebPageReader pages = new WebPageReader();

    /** @param problems told (URL, one-line problem) when the description stands in for the page */
    ItemPages(HttpFetcher fetcher, BiConsumer<String, String> problems) {
        this.fetcher = fetcher;
        this.problems = problems;
    }

    Page read(String feed, FeedItem item) {
        HttpFetcher.Result result = fetcher.get(URI.create(item.link()), Map.of("Accept", PAGE_ACCEPT));
        String problem;
        if (result instanceof HttpFetcher.Failure failure) {
            problem = failure.problem();
        } else {
            HttpFetcher.Answer answer = (HttpFetcher.Answer) result;
            if (answer.status() == 429 || answer.status() == 503) {
                return new Page.Wait(answer.status("the site asks Dyad to slow down"), answer.header("Retry-After").orElse(null));
            }
            Optional<String> type = answer.header("Content-Type");
            if (answer.status() != 200) {
                problem = answer.status("the page is gone or broken");
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
        return fromDescription(feed, item, problem);
    }

    private Page fromDescription(String feed, FeedItem item, String problem) {
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

    /** The page's article, with the item's title and date where the page has none. */
    private static Article fromPage(String feed, FeedItem item, Article page) {
        return new Article(page.id(), item.link(), feed,
                page.title() != null ? page.title() : item.title(),
                page.publisher(),
                page.published() != null ? page.published() : item.published(),
                page.text());
    }

    private static boolean isHtml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml");
    }
}
