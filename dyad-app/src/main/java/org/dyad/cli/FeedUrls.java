package org.dyad.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Telling feed URLs from file inputs, checking them, and where the feed state of a store is kept. */
final class FeedUrls {

    private FeedUrls() {
    }

    /** Whether an input names a web address rather than a file: it starts with http:// or https://. */
    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Says in one line per URL what is wrong with it; true when all can be asked. */
    static boolean check(List<String> urls, PrintStream err) {
        boolean good = true;
        for (String url : urls) {
            Optional<String> problem = problem(url);
            if (problem.isPresent()) {
                err.println("dyad: " + url + ": " + problem.get());
                good = false;
            }
        }
        return good;
    }

    /** What is wrong with a feed URL, in one line with the fix, or empty when it can be asked. */
    static Optional<String> problem(String url) {
        if (!isUrl(url)) {
            return Optional.of("not a feed URL: give an http:// or https:// address");
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("no host in the URL: write it like https://example.org/feed.xml");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "): quote it in the shell and escape spaces as %20");
        }
    }

    /**
     * The feed state file of a store: beside a DuckDB file ({@code x.duckdb} → {@code x.duckdb.feeds.json}),
     * else (a server database) in {@code ./dyad-data/}, named after the database.
     */
    static Path stateFile(String storeSpec) {
        String spec = storeSpec.strip();
        if (spec.startsWith("jdbc:duckdb:")) {
            String file = spec.substring("jdbc:duckdb:".length()).replaceFirst("[?].*$", "");
            return file.isBlank() || file.equals(":memory:") ? Path.of("dyad-data", "memory.feeds.json")
                    : Path.of(file + ".feeds.json");
        }
        if (spec.startsWith("jdbc:")) {
            String name = spec.replaceFirst("^jdbc:[a-z]+://[^/]*/?", "").replaceFirst("[?].*$", "");
            return Path.of("dyad-data", (name.isBlank() ? "database" : name.replaceAll("[^A-Za-z0-9_.-]", "_")) + ".feeds.json");
        }
        return Path.of(spec + ".feeds.json");
    }
}
