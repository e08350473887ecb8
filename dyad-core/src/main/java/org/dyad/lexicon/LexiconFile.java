package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads lexicon files from the class path or a folder into {@link LexiconLine}s. */
public final class LexiconFile {

    private LexiconFile() {
    }

    /** The lines of a bundled lexicon, e.g. {@code "lexicon/countries.txt"}; empty if there is no such resource. */
    public static List<LexiconLine> resource(String name) {
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            return List.of();
        }
        try (in) {
            return lines(name.substring(name.lastIndexOf('/') + 1), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled lexicon " + name, e);
        }
    }

    public static List<LexiconLine> file(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return lines(path.getFileName().toString(), in);
        }
    }

    static List<LexiconLine> lines(String label, InputStream in) throws IOException {
        List<LexiconLine> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String raw;
        int number = 0;
        while ((raw = reader.readLine()) != null) {
            number++;
            LexiconLine line = LexiconLine.parse(label, number, raw);
            if (line != null) {
                out.add(line);
            }
        }
        return out;
    }

    /** Lines of lexicon text given as a string, e.g. by a test; {@code label} names it in problems. */
    public static List<LexiconLine> parse(String label, String content) {
        try {
            return lines(label, new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled lexicons whose names are listed in {@code lexicon/index.txt} and match a prefix. */
    public static List<LexiconLine> bundled(String prefix) {
        List<LexiconLine> out = new ArrayList<>();
        for (LexiconLine entry : resource("lexicon/index.txt")) {
            String name = entry.field(0);
            if (name.startsWith(prefix)) {
                out.addAll(resource("lexicon/" + name));
            }
        }
        return out;
    }
}
