package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    private static final String HOUSE = "# Arnor Votes – NC\n\nSeptember 14, 2020\n\nArnor voted on Sunday.\n";

    @TempDir
    Path dir;

    @Test
    void read_stdin_readsDashInItsFormat() {
        ArticleSource source = new ArticleSource(stdin(HOUSE));

        Article article = only(source.read(List.of("-")));

        assertThat(article.input()).isEqualTo("-");
        assertThat(article.title()).isEqualTo("Arnor Votes");
        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 9, 14));
    }

    @Test
    void read_jsonLinesOnStdin_givesOneArticlePerLine() {
        List<ReadOutcome> outcomes = read(stdin("{\"id\":\"1\",\"text\":\"A.\"}\n{\"text\":\"B.\"}\n"), "-");

        assertThat(outcomes).hasSize(2).allMatch(ReadOutcome.Read.class::isInstance);
    }

    @Test
    void read_aNamedStream_isReadAsAFileOfThatContentIs() throws IOException {
        Path file = write("feed.jsonl", "{\"id\":\"1\",\"text\":\"A.\"}\nnot json\n" + "{\"text\":\"B.\"}\n");
        List<ReadOutcome> fromFile;
        try (Stream<ReadOutcome> s = new ArticleSource(InputStream.nullInputStream()).read(List.of(file.toString()))) {
            fromFile = s.toList();
        }
        List<ReadOutcome> fromStream;
        try (InputStream in = Files.newInputStream(file);
             Stream<ReadOutcome> s = new ArticleSource(InputStream.nullInputStream()).read(file.toString(), in)) {
            fromStream = s.toList();
        }

        assertThat(fromStream).hasSize(3).isEqualTo(fromFile);
        assertThat(fromStream.get(1)).isInstanceOf(ReadOutcome.Unreadable.class)
                .extracting(o -> ((ReadOutcome.Unreadable) o).input()).isEqualTo(file + ":2");
    }

    @Test
    void read_plainText_hasNoTitleNoDateAndTheWholeTextAsBody() throws IOException {
        Path file = write("plain.txt", "Gondor closed its border.\r\n\r\n\r\nArnor protested on Monday.  \n");

        Article article = only(new ArticleSource(InputStream.nullInputStream()).read(List.of(file.toString())));

        assertThat(article.title()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.text()).isEqualTo("Gondor closed its border.\n\nArnor protested on Monday.");
    }

    @Test
    void read_folder_walksRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
        write("b.txt", "Bee.");
        write("a.txt", "Ay.");
        write("sub/c.txt", "Sea.");
        write(".hidden.txt", "Hidden.");
        write(".git/config.txt", "Hidden folder.");
        write("sub/.DS_Store", "Hidden.");

        List<ReadOutcome> outcomes = read(InputStream.nullInputStream(), dir.toString());

        assertThat(outcomes).extracting(o -> ((ReadOutcome.Read) o).article())
                .extracting(Article::input, Article::text)
                .containsExactly(
                        tuple(dir.resolve("a.txt").toString(), "Ay."),
                        tuple(dir.resolve("b.txt").toString(), "Bee."),
                        tuple(dir.resolve("sub/c.txt").toString(), "Sea."));
    }

    @Test
    void read_folderWithoutFiles_saysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        write("empty/.hidden", "Hidden.");

        assertThat(read(InputStream.nullInputStream(), empty.toString())).containsExactly(new ReadOutcome.Unreadable(
                empty.toString(), "no files to read (hidden files are skipped): check the folder"));
    }

    @Test
    void read_formatsByContent_notByExtension() throws IOException {
        Path html = write("page.txt", "<!DOCTYPE html><html><head><title>Arnor Votes</title></head>"
                + "<body><p>Arnor voted on Sunday.</p></body></html>");
        Path jsonLines = write("feed.txt", "{\"id\":\"j1\",\"text\":\"Gondor voted.\"}\n");
        Path xml = write("records", "<Articles><Article id=\"x1\" date=\"20200914\"><Text>Rohan voted.</Text></Article></Articles>");

        List<ReadOutcome> outcomes = read(InputStream.nullInputStream(), html.toString(), jsonLines.toString(), xml.toString());

        assertThat(outcomes).extracting(o -> ((ReadOutcome.Read) o).article())
                .extracting(Article::title, Article::id)
                .containsExactly(tuple("Arnor Votes", ArticleIds.fromText("Arnor voted on Sunday.")),
                        tuple(null, "j1"),
                        tuple(null, "x1"));
    }

    @Test
    void read_badInputs_eachGiveOneLineProblemAndTheOthersStillRead() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\t\n  \n");
        Path badDate = write("bad-date.txt", "# Headline\n\nSeptember 45, 2020\n\nBody.\n");
        Path good = write("good.txt", "Arnor voted.");

        List<ReadOutcome> outcomes = read(InputStream.nullInputStream(), missing.toString(), binary.toString(),
                empty.toString(), blank.toString(), badDate.toString(), good.toString());

        assertThat(outcomes).containsExactly(
                new ReadOutcome.Unreadable(missing.toString(), "no such file: check the path"),
                new ReadOutcome.Unreadable(binary.toString(),
                        "binary data, not text: give a text, HTML, JSON Lines, PETRARCH XML or WARC file"),
                new ReadOutcome.Unreadable(empty.toString(), "empty article: nothing to code"),
                new ReadOutcome.Unreadable(blank.toString(), "empty article: nothing to code"),
                new ReadOutcome.Unreadable(badDate.toString(),
                        "date line \"September 45, 2020\" is not a date: write it like \"September 14, 2020\" or \"2020-09-14\""),
                outcomes.get(5));
        assertThat(outcomes.get(5)).isInstanceOf(ReadOutcome.Read.class);
    }

    @Test
    void read_textOverTenMegabytes_isTooLarge() throws IOException {
        Path big = dir.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Arnor voted on Sunday and Gondor protested on Monday.\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= 11L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        assertThat(read(InputStream.nullInputStream(), big.toString())).containsExactly(new ReadOutcome.Unreadable(
                big.toString(), "too large (12 MB) for one article: split it or give JSON Lines"));
    }

    @Test
    void read_stdinOverTenMegabytes_isTooLarge() {
        byte[] big = "Arnor voted. ".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);

        assertThat(read(new ByteArrayInputStream(big), "-")).containsExactly(new ReadOutcome.Unreadable(
                "-", "too large (over 10 MB) for one article: split it or give JSON Lines"));
    }

    @Test
    void read_invalidUtf8_isDecodedWithReplacementCharacters() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks in Minas Tirith.".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(only(new ArticleSource(InputStream.nullInputStream()).read(List.of(latin1.toString()))).text())
                .isEqualTo("Caf\ufffd talks in Minas Tirith.");
    }

    @Test
    void read_utf16WithByteOrderMark_isText() throws IOException {
        Path utf16 = Files.write(dir.resolve("utf16.txt"), "\ufeffArnor voted.".getBytes(StandardCharsets.UTF_16LE));

        assertThat(only(new ArticleSource(InputStream.nullInputStream()).read(List.of(utf16.toString()))).text())
                .isEqualTo("Arnor voted.");
    }

    @Test
    void read_unreadableFile_saysToCheckPermissions() throws IOException {
        Path locked = write("locked.txt", "Arnor voted.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("root reads every file").isFalse();

        assertThat(read(InputStream.nullInputStream(), locked.toString())).containsExactly(new ReadOutcome.Unreadable(
                locked.toString(), "not readable (permission denied): check the file's permissions"));
    }

    @Test
    void read_manyInputs_readsOneInputAfterAnother() throws IOException {
        Path first = write("first.txt", "Arnor voted.");
        Path second = dir.resolve("second.txt");

        try (Stream<ReadOutcome> outcomes = new ArticleSource(InputStream.nullInputStream())
                .read(List.of(first.toString(), second.toString()))) {
            Iterator<ReadOutcome> iterator = outcomes.iterator();
            assertThat(iterator.next()).isInstanceOf(ReadOutcome.Read.class);
            Files.writeString(second, "Written after the first was read.");
            assertThat(iterator.next()).isInstanceOf(ReadOutcome.Read.class);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ReadOutcome> read(InputStream stdin, String... inputs) {
        try (Stream<ReadOutcome> outcomes = new ArticleSource(stdin).read(List.of(inputs))) {
            return outcomes.toList();
        }
    }

    private static Article only(Stream<ReadOutcome> outcomes) {
        List<ReadOutcome> list = outcomes.toList();
        assertThat(list).hasSize(1).first().isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) list.get(0)).article();
    }
}
