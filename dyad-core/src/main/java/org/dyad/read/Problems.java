package org.dyad.read;

/**
 * The problems that every reader can report and the limits behind them, worded once so that a
 * user sees the same sentence whatever the format. Each says what is wrong, then what to do.
 */
final class Problems {

    /** The largest single article: CoreNLP would take minutes on one, and it is seldom one article. */
    static final long MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    static final String EMPTY = "empty article: nothing to code";
    static final String BINARY = "binary data, not text: give a text, HTML, JSON Lines, PETRARCH XML or WARC file";
    static final String GZIP = "gzip-compressed, and not a web archive: gunzip it first (only WARC files are read compressed)";
    static final String NO_SUCH_FILE = "no such file: check the path";
    static final String NOT_READABLE = "not readable (permission denied): check the file's permissions";

    private Problems() {
    }

    /** A whole text or HTML input over the limit; {@code bytes} is negative when the size is unknown (stdin). */
    static String tooLarge(long bytes) {
        String size = bytes < 0 ? "over " + megabytes(MAX_ARTICLE_BYTES) : megabytes(bytes);
        return "too large (" + size + ") for one article: split it or give JSON Lines";
    }

    /** One record of a JSON Lines or XML file over the limit. */
    static String recordTooLarge(long chars) {
        return "too large (" + megabytes(chars) + ") for one article: split its text into several records";
    }

    static String notADate(String what, String value) {
        return what + " \"" + value + "\" is not a date: write it like \"September 14, 2020\" or \"2020-09-14\"";
    }

    private static String megabytes(long bytes) {
        return (long) Math.ceil(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
