package org.dyad.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the inputs that a user names: files, folders and "-" for stdin, each in whatever format
 * its content shows (house text, plain text, HTML, JSON Lines, PETRARCH XML, WARC web archives).
 */
public final class ArticleSource {

    private static final String JSON_DOCUMENT =
            "a JSON document, not JSON Lines: write one article per line, like {\"text\": \"...\"}";

    private final InputStream stdin;
    private final FormatSniffer sniffer = new FormatSniffer();
    private final HouseTextReader houseText = new HouseTextReader();
    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final PetrarchXmlReader petrarchXml = new PetrarchXmlReader();
    private final WarcArticleReader warc = new WarcArticleReader();

    public ArticleSource(InputStream stdin) {
        // The caller owns stdin: reading "-" must not close it.
        this.stdin = new FilterInputStream(stdin) {
            @Override
            public void close() {
            }
        };
    }

    /**
     * Reads every input in order: files, folders (walked recursively, sorted by path, hidden files
     * skipped), "-" for stdin. Lazy, one input after another; a bad input gives an
     * {@link ReadOutcome.Unreadable} and never stops the others. Close the stream when done early.
     */
    public Stream<ReadOutcome> read(List<String> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    /**
     * Reads one input that arrives as a stream rather than a path (a file on HDFS or in a bucket,
     * handed over by Spark), in whatever format its content shows, exactly as a file of that content
     * is read. {@code input} names it in articles and problems. The caller owns {@code in} and closes
     * it after the returned stream.
     */
    public Stream<ReadOutcome> read(String input, InputStream in) {
        return readStream(input, in, -1);
    }

    private Stream<ReadOutcome> readInput(String input) {
        if (input.equals("-")) {
            return readStream(input, stdin, -1);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return unreadable(input, "not a valid path (" + e.getReason() + "): check the path");
        }
        if (Files.isDirectory(path)) {
            return readFolder(input, path);
        }
        return readFile(input, path);
    }

    private Stream<ReadOutcome> readFolder(String input, Path folder) {
        List<FolderWalk.Entry> entries = FolderWalk.of(folder);
        if (entries.isEmpty()) {
            return unreadable(input, "no files to read (hidden files are skipped): check the folder");
        }
        return entries.stream().flatMap(entry -> entry.problem() == null
                ? readFile(entry.path().toString(), entry.path())
                : unreadable(entry.path().toString(), entry.problem()));
    }

    private Stream<ReadOutcome> readFile(String input, Path path) {
        if (!Files.exists(path)) {
            return unreadable(input, Problems.NO_SUCH_FILE);
        }
        if (!Files.isRegularFile(path)) {
            return unreadable(input, "not a regular file: give a file, a folder, or - for stdin");
        }
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(path);
            size = Files.size(path);
        } catch (AccessDeniedException e) {
            return unreadable(input, Problems.NOT_READABLE);
        } catch (NoSuchFileException e) {
            return unreadable(input, Problems.NO_SUCH_FILE);
        } catch (IOException e) {
            return unreadable(input, "cannot open (" + e.getMessage() + "): check the file");
        }
        return readStream(input, in, size).onClose(() -> close(in));
    }

    /** Sniffs the head of {@code raw}, then reads it in its format; {@code size} is -1 when unknown. */
    private Stream<ReadOutcome> readStream(String input, InputStream raw, long size) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(FormatSniffer.HEAD_BYTES);
            byte[] head = in.readNBytes(FormatSniffer.HEAD_BYTES);
            in.reset();
            return switch (sniffer.sniff(head, input)) {
                case WARC -> warc.read(input, in);
                case GZIP -> unreadable(input, Problems.GZIP);
                case BINARY -> unreadable(input, Problems.BINARY);
                case JSON_DOCUMENT -> unreadable(input, JSON_DOCUMENT);
                case JSON_LINES -> jsonLines.read(input, TextDecoding.reader(in, head));
                case PETRARCH_XML -> petrarchXml.read(input, TextDecoding.reader(in, head));
                case HTML -> Stream.of(readWhole(input, in, size, true));
                case TEXT -> Stream.of(readWhole(input, in, size, false));
            };
        } catch (IOException e) {
            return unreadable(input, "stopped reading (" + e.getMessage() + "): check the file");
        }
    }

    /** A text or HTML input: one article, so it is read whole, up to the size limit. */
    private ReadOutcome readWhole(String input, InputStream in, long size, boolean isHtml) throws IOException {
        if (size > Problems.MAX_ARTICLE_BYTES) {
            return new ReadOutcome.Unreadable(input, Problems.tooLarge(size));
        }
        byte[] bytes = in.readNBytes((int) Problems.MAX_ARTICLE_BYTES + 1);
        if (bytes.length > Problems.MAX_ARTICLE_BYTES) {
            return new ReadOutcome.Unreadable(input, Problems.tooLarge(size));
        }
        String text = TextDecoding.decode(bytes);
        if (text.isBlank()) {
            return new ReadOutcome.Unreadable(input, Problems.EMPTY);
        }
        if (isHtml) {
            return html.read(input, text);
        }
        return houseText.read(input, text).orElseGet(() -> plainText.read(input, text));
    }

    private static Stream<ReadOutcome> unreadable(String input, String problem) {
        return Stream.of(new ReadOutcome.Unreadable(input, problem));
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // A file opened only for reading: closing it cannot lose anything.
        }
    }
}
