package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives written here with jwarc's own writer, as a crawler writes them: a warcinfo record,
 * requests, pages, a robots.txt, an error page, and pages with and without a date of their own.
 */
class WarcArticleReaderTest {

    private static final String NATO_URL = "https://news.example/2023/04/04/finland-joins-nato";
    private static final String TIES_URL = "https://news.example/2023/03/10/iran-saudi-ties";

    /** Declares its date; served as text/html. */
    private static final String NATO_PAGE = """
            <!DOCTYPE html><html><head><title>Finland joins NATO</title>
            <meta property="article:published_time" content="2023-04-04T15:30:00+02:00"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Finland becomes the alliance's 31st member</h1>
            <p>Finland joined the North Atlantic Treaty Organization on Tuesday, when Foreign Minister Pekka Haavisto
            handed the country's accession papers to US Secretary of State Antony Blinken in Brussels.</p>
            <p>Russia said it would take military and technical counter-measures in response to the enlargement of
            the alliance along its border.</p></article></body></html>""";

    /** No date of its own: the record's date stands in. Served as XHTML, with a charset parameter. */
    private static final String TIES_PAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Riyadh and Tehran to reopen embassies</title></head>
            <body><p>Iran and Saudi Arabia agreed on Friday to restore diplomatic relations and to reopen their
            embassies within two months, after talks in Beijing that China mediated.</p>
            <p>Ali Shamkhani, the secretary of Iran's Supreme National Security Council, signed the agreement with the
            Saudi national security adviser Musaed al-Aiban.</p></body></html>""";

    private static final Instant CRAWLED = Instant.parse("2023-04-05T01:02:03Z");
    private static final Instant TIES_CRAWLED = Instant.parse("2023-03-10T22:15:00Z");

    @TempDir
    Path dir;

    @Test
    void read_gzippedArchive_givesOneArticlePerHtmlPageNamedByRecordOffset() throws IOException {
        Path file = dir.resolve("news.warc.gz");
        List<Long> offsets = writeCrawl(file, WarcCompression.GZIP);

        List<ReadOutcome> outcomes = read(file);

        assertThat(outcomes).allMatch(ReadOutcome.Read.class::isInstance);
        assertThat(articles(outcomes))
                .extracting(Article::input, Article::url, Article::published)
                .containsExactly(
                        tuple(file + "#" + offsets.get(2), NATO_URL, LocalDate.of(2023, 4, 4)),
                        tuple(file + "#" + offsets.get(5), TIES_URL, LocalDate.of(2023, 3, 10)));
    }

    @Test
    void read_plainArchive_readsTheSamePagesAtTheirOwnOffsets() throws IOException {
        Path file = dir.resolve("news.warc");
        List<Long> offsets = writeCrawl(file, WarcCompression.NONE);

        List<Article> articles = articles(read(file));

        assertThat(articles).extracting(Article::input)
                .containsExactly(file + "#" + offsets.get(2), file + "#" + offsets.get(5));
        assertThat(offsets.get(2)).isGreaterThan(offsets.get(1));
        Article nato = articles.get(0);
        assertThat(nato.title()).isEqualTo("Finland becomes the alliance's 31st member");
        assertThat(nato.text()).startsWith("Finland joined the North Atlantic Treaty Organization on Tuesday")
                .contains("counter-measures").doesNotContain("Home");
        Article ties = articles.get(1);
        assertThat(ties.title()).isEqualTo("Riyadh and Tehran to reopen embassies");
        assertThat(ties.text()).contains("Musaed al-Aiban");
    }

    @Test
    void read_pageInADeclaredLegacyCharset_decodesItsLetters() throws IOException {
        Path file = dir.resolve("latin.warc");
        String page = "<html><head><title>Paris</title></head><body><p>Emmanuel Macron re\u00e7ut le chancelier"
                + " Olaf Scholz \u00e0 l'\u00c9lys\u00e9e le 26 octobre 2022.</p></body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            writer.write(response("https://news.example/fr", 200, "text/html; charset=ISO-8859-1",
                    page.getBytes(StandardCharsets.ISO_8859_1), CRAWLED));
        }

        Article article = articles(read(file)).get(0);

        assertThat(article.text()).contains("re\u00e7ut", "\u00e0 l'\u00c9lys\u00e9e");
    }

    @Test
    void read_pagesCompressedForTransfer_gzipIsUndoneBrotliIsReported() throws IOException {
        Path file = dir.resolve("encoded.warc");
        byte[] gzipped = gzip(NATO_PAGE.getBytes(StandardCharsets.UTF_8));
        long brotliAt;
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            HttpResponse gzipHttp = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                    .body(MediaType.parse("text/html"), gzipped).build();
            writer.write(new WarcResponse.Builder(NATO_URL).date(CRAWLED).body(gzipHttp).build());
            brotliAt = writer.position();
            HttpResponse brotliHttp = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "br")
                    .body(MediaType.parse("text/html"), new byte[] {0x0b, 0x02, (byte) 0x80}).build();
            writer.write(new WarcResponse.Builder(TIES_URL).date(CRAWLED).body(brotliHttp).build());
        }

        List<ReadOutcome> outcomes = read(file);

        assertThat(outcomes).hasSize(2);
        assertThat(articles(outcomes.subList(0, 1)).get(0).text()).startsWith("Finland joined the North Atlantic Treaty");
        assertThat(outcomes.get(1)).isEqualTo(new ReadOutcome.Unreadable(file + "#" + brotliAt,
                "the page is compressed with br, which Dyad cannot undo: record skipped"));
    }

    @Test
    void read_truncatedPlainArchive_keepsThePagesBeforeTheCutAndSaysWhereItStopped() throws IOException {
        Path whole = dir.resolve("whole.warc");
        List<Long> offsets = writeCrawl(whole, WarcCompression.NONE);
        Path cut = dir.resolve("cut.warc");
        // Cut inside the second page record: the first page survives, the second is lost.
        Files.write(cut, prefix(whole, offsets.get(5) + 300));

        List<ReadOutcome> outcomes = read(cut);

        assertThat(outcomes).hasSize(2);
        assertThat(articles(outcomes.subList(0, 1))).extracting(Article::url).containsExactly(NATO_URL);
        ReadOutcome.Unreadable problem = (ReadOutcome.Unreadable) outcomes.get(1);
        assertThat(problem.input()).isEqualTo(cut.toString());
        assertThat(problem.problem()).startsWith("the archive is truncated after 5 records")
                .endsWith("the pages before it were read; download or copy the file again");
    }

    @Test
    void read_truncatedGzippedArchive_keepsThePagesBeforeTheCut() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        List<Long> offsets = writeCrawl(whole, WarcCompression.GZIP);
        Path cut = dir.resolve("cut.warc.gz");
        // Inside the compressed member of the second page.
        Files.write(cut, prefix(whole, (offsets.get(5) + offsets.get(6)) / 2));

        List<ReadOutcome> outcomes = read(cut);

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(((ReadOutcome.Unreadable) outcomes.get(1)).problem()).startsWith("the archive is truncated after 5 records");
    }

    @Test
    void read_corruptRecordHeader_keepsThePagesBeforeAndReportsTheFileOnce() throws IOException {
        Path whole = dir.resolve("whole.warc");
        List<Long> offsets = writeCrawl(whole, WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        // Overwrite the start of the fourth record's version line: no longer a WARC record.
        byte[] garbage = "GARBAGE GARBAGE".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(garbage, 0, bytes, offsets.get(3).intValue(), garbage.length);
        Path corrupt = Files.write(dir.resolve("corrupt.warc"), bytes);

        List<ReadOutcome> outcomes = read(corrupt);

        assertThat(outcomes).hasSize(2);
        assertThat(articles(outcomes.subList(0, 1))).extracting(Article::url).containsExactly(NATO_URL);
        assertThat(((ReadOutcome.Unreadable) outcomes.get(1)).problem()).startsWith("the archive is corrupt after 3 records");
    }

    @Test
    void read_folderOfArchivesAndArticles_readsThemAllAndReportsTheBrokenOneInItsTurn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("crawl"));
        writeCrawl(folder.resolve("a.warc.gz"), WarcCompression.GZIP);
        Path whole = dir.resolve("whole.warc");
        List<Long> offsets = writeCrawl(whole, WarcCompression.NONE);
        Files.write(folder.resolve("b.warc"), prefix(whole, offsets.get(3) + 10));
        Files.writeString(folder.resolve("c.txt"), "Finland joined NATO on Tuesday.");
        Files.write(folder.resolve("d.gz"), gzip("not an archive".getBytes(StandardCharsets.UTF_8)));

        List<ReadOutcome> outcomes = read(folder);

        assertThat(outcomes).extracting(WarcArticleReaderTest::describe).containsExactly(
                "read " + folder.resolve("a.warc.gz") + "#",
                "read " + folder.resolve("a.warc.gz") + "#",
                "read " + folder.resolve("b.warc") + "#",
                "unreadable " + folder.resolve("b.warc") + ": the archive is truncated after 3 records",
                "read " + folder.resolve("c.txt"),
                "unreadable " + folder.resolve("d.gz") + ": " + Problems.GZIP);
    }

    @Test
    void read_archiveOnStdin_isToldByContent() throws IOException {
        Path file = dir.resolve("news.warc.gz");
        writeCrawl(file, WarcCompression.GZIP);

        try (InputStream in = Files.newInputStream(file);
             Stream<ReadOutcome> outcomes = new ArticleSource(in).read(List.of("-"))) {
            assertThat(articles(outcomes.toList())).extracting(Article::url).containsExactly(NATO_URL, TIES_URL);
        }
    }

    /**
     * A crawl of eight records, returning their offsets: 0 warcinfo, 1 request, 2 the NATO page,
     * 3 robots.txt, 4 a 404 page, 5 the ties page (XHTML), 6 a request, 7 a redirect.
     */
    private static List<Long> writeCrawl(Path file, WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                compression)) {
            List<WarcRecord> records = List.of(
                    new Warcinfo.Builder().date(CRAWLED).fields(Map.of("software", List.of("a test crawler"))).build(),
                    request(NATO_URL),
                    response(NATO_URL, 200, "text/html", NATO_PAGE.getBytes(StandardCharsets.UTF_8), CRAWLED),
                    response("https://news.example/robots.txt", 200, "text/plain",
                            "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8), CRAWLED),
                    response("https://news.example/2023/04/04/missing", 404, "text/html",
                            "<html><body><p>The page you asked for is not here.</p></body></html>".getBytes(StandardCharsets.UTF_8),
                            CRAWLED),
                    response(TIES_URL, 200, "application/xhtml+xml; charset=utf-8", TIES_PAGE.getBytes(StandardCharsets.UTF_8),
                            TIES_CRAWLED),
                    request(TIES_URL),
                    response("https://news.example/old", 301, "text/html",
                            "<html><body><p>Moved to the new address.</p></body></html>".getBytes(StandardCharsets.UTF_8), CRAWLED));
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
            offsets.add(writer.position());
        }
        return offsets;
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }

    private static WarcRequest request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", java.net.URI.create(url).getRawPath())
                .addHeader("Host", "news.example").addHeader("User-Agent", "test").build();
        return new WarcRequest.Builder(url).date(CRAWLED).body(http).build();
    }

    private static byte[] prefix(Path file, long length) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return java.util.Arrays.copyOf(bytes, (int) length);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<ReadOutcome> read(Path input) {
        try (Stream<ReadOutcome> outcomes = new ArticleSource(InputStream.nullInputStream()).read(List.of(input.toString()))) {
            return outcomes.toList();
        }
    }

    private static List<Article> articles(List<ReadOutcome> outcomes) {
        return outcomes.stream().map(o -> ((ReadOutcome.Read) o).article()).toList();
    }

    /** "read INPUT" (offsets cut off after '#') or "unreadable INPUT: start of problem". */
    private static String describe(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Read read) {
            String input = read.article().input();
            return "read " + (input.contains("#") ? input.substring(0, input.indexOf('#') + 1) : input);
        }
        ReadOutcome.Unreadable u = (ReadOutcome.Unreadable) outcome;
        String problem = u.problem().startsWith("the archive") ? u.problem().substring(0, u.problem().indexOf(" (")) : u.problem();
        return "unreadable " + u.input() + ": " + problem;
    }
}
