package org.dyad.feed;

/**
 * How one feed went in one pass.
 *
 * @param feed     the feed's URL
 * @param outcome  read, not modified since the last pass, failed, or skipped while backing off
 * @param items    the items in the feed (0 unless read)
 * @param newItems the items whose link had not been seen before
 * @param articles the articles handed on (new items less pages already seen under another link)
 * @param events   the events that those articles gave
 * @param problem  why the feed failed or waits, else null
 */
public record FeedReport(String feed, Outcome outcome, int items, int newItems, int articles, int events, String problem) {

    public enum Outcome { READ, NOT_MODIFIED, FAILED, WAITING }

    /** One line for the console: "URL: 3 new items, 3 articles, 7 events" or what went wrong. */
    public String line() {
        return switch (outcome) {
            case READ -> feed + ": " + items + " items, " + newItems + " new, " + articles + " articles, " + events + " events"
                    + (problem == null ? "" : " (" + problem + ")");
            case NOT_MODIFIED -> feed + ": not modified";
            case FAILED -> feed + ": failed: " + problem;
            case WAITING -> feed + ": " + problem;
        };
    }
}
