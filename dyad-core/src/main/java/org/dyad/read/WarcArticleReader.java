package org.dyad.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (WARC, plain or gzipped per record as Common Crawl's CC-NEWS is): every
 * {@code response} record holding an HTML page served with status 200 becomes an article, named
 * "file#offset" after the record's byte offset in the file, the offset that CDX indexes give.
 */
final class WarcArticleReader {

    /*
     * An archive holds requests, metadata, redirects, images and error pages beside the pages;
     * those are not news and are skipped without a word, or a CC-NEWS file would print thousands
     * of lines. What is reported is a page that cannot be read and an archive that ends early or
     * is corrupt: the pages before the damage are kept, and one line says where it stopped, since
     * the gzip stream or the record framing gives no way to find the next record after it.
     */
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> DECODABLE = Set.of("identity", "none", "gzip", "x-gzip", "deflate");

    private final WebPageReader pages = new WebPageReader();

    /** One outcome per page record, read lazily; closing the stream closes {@code in}. */
    Stream<ReadOutcome> read(String input, InputStream in) {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (IOException e) {
            close(in);
            return Stream.of(new ReadOutcome.Unreadable(input, damaged(0, e)));
        }
        warc.onWarning(warning -> {
            // Warnings are about record trailers and digests; the pages they belong to read fine.
        });
        return new OutcomeCursor() {
            private boolean ended;
            private int records;

            @Override
            public ReadOutcome next() {
                while (!ended) {
                    try {
                        Optional<WarcRecord> record = warc.next();
                        if (record.isEmpty()) {
                            ended = true;
                            return null;
                        }
                        ReadOutcome outcome = outcome(input, record.get());
                        records++;
                        if (outcome != null) {
                            return outcome;
                        }
                    } catch (IOException | RuntimeException e) {
                        // jwarc throws unchecked exceptions too for some broken framing (a bad Content-Length).
                        ended = true;
                        return new ReadOutcome.Unreadable(input, damaged(records, e));
                    }
                }
                return null;
            }

            @Override
            public void close() {
                try {
                    warc.close();
                } catch (IOException e) {
                    // Opened only for reading: nothing is lost.
                }
            }
        }.stream();
    }

    /** The article of a page record, a problem with it, or null for a record that holds no page. */
    private ReadOutcome outcome(String input, WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) {
            return null;
        }
        String where = input + "#" + record.position();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            // The WARC framing is intact (its length is known), so the next record can still be read.
            return new ReadOutcome.Unreadable(where, "the archived HTTP response does not parse ("
                    + e.getBaseMessage() + "): record skipped");
        }
        if (http.status() != 200 || !HTML_TYPES.contains(http.contentType().base().toString().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> encodings = http.headers().all("Content-Encoding");
        if (!encodings.stream().allMatch(e -> DECODABLE.contains(e.strip().toLowerCase(Locale.ROOT)))) {
            // Brotli and Zstandard need decoders that jwarc leaves to the application; Dyad has none.
            return new ReadOutcome.Unreadable(where, "the page is compressed with " + String.join(", ", encodings)
                    + ", which Dyad cannot undo: record skipped");
        }
        byte[] body;
        try (InputStream payload = http.bodyDecoded().stream()) {
            body = payload.readNBytes((int) Problems.MAX_ARTICLE_BYTES + 1);
        } catch (EOFException e) {
            // The file ends inside this record: the archive is truncated, not just this page.
            throw e;
        } catch (IOException e) {
            return new ReadOutcome.Unreadable(where, "the page's content encoding cannot be undone ("
                    + e.getMessage() + "): record skipped");
        }
        ReadOutcome page = pages.read(where, body, http.headers().first("Content-Type").orElse(null));
        if (!(page instanceof ReadOutcome.Read read)) {
            return page;
        }
        Article article = read.article();
        LocalDate published = article.published() != null ? article.published()
                : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        return new ReadOutcome.Read(new Article(article.id(), response.target(), where, article.title(),
                article.publisher(), published, article.text()));
    }

    private static String damaged(int records, Exception e) {
        String what = e instanceof EOFException ? "truncated" : "corrupt";
        return "the archive is " + what + " after " + records + " records (" + e.getMessage()
                + "): the pages before it were read; download or copy the file again";
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Opened only for reading: nothing is lost.
        }
    }
}
