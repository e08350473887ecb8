package org.dyad.spark;

import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.dyad.model.ArticleIds;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.PetrarchLexicons;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which lexicons to code with: Dyad's bundled ones, or PETRARCH dictionaries read on the driver and
 * shipped to the executors as bytes (a folder on the driver's disk is not on the workers' disks).
 * Builds them as the CLI's {@code --dictionaries} does.
 */
final class LexiconChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String folder;
    private final TreeMap<String, byte[]> files;
    private final String key;

    private LexiconChoice(String folder, TreeMap<String, byte[]> files) {
        this.folder = folder;
        this.files = files;
        StringBuilder digest = new StringBuilder(folder == null ? "bundled" : folder);
        files.forEach((name, bytes) -> digest.append('|').append(name).append('=')
                .append(ArticleIds.sha256(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))));
        this.key = ArticleIds.sha256(digest.toString());
    }

    static LexiconChoice bundled() {
        return new LexiconChoice(null, new TreeMap<>());
    }

    /** The regular, visible files of {@code folder} (PETRARCH reads no subfolders). */
    static LexiconChoice petrarch(Path folder) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path p : listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return new LexiconChoice(folder.toString(), files);
    }

    /** Equal choices give equal keys, on every JVM: the executor's holder compares them. */
    String key() {
        return key;
    }

    /**
     * The lexicons, with each line that could not be used added to {@code problems}; null when the
     * dictionaries hold nothing to code with (the reason is in {@code problems}).
     */
    Lexicons load(List<String> problems) {
        Lexicons defaults = Lexicons.bundled();
        defaults.problems().forEach(p -> problems.add("lexicon line skipped: " + p));
        if (folder == null) {
            return defaults;
        }
        Path copy = materialise();
        try {
            PetrarchDictionaries read = PetrarchDictionaries.load(copy);
            if (read.verbs().isEmpty() || read.actors().isEmpty()) {
                problems.addAll(read.problems());
                problems.add(folder + ": no PETRARCH verbs and actors dictionaries found there:"
                        + " give the folder that holds them (files named *verbs* or CAMEO*, and *actors*)");
                return null;
            }
            List<String> found = new ArrayList<>();
            Lexicons lexicons = PetrarchLexicons.from(read, defaults, found);
            found.forEach(p -> problems.add("dictionary: " + p));
            return lexicons;
        } finally {
            delete(copy);
        }
    }

    /** The shipped files written to a fresh temporary folder, for the dictionary reader that reads paths. */
    private Path materialise() {
        try {
            Path dir = Files.createTempDirectory("dyad-dictionaries");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dictionaries to a temporary folder", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary folder costs disk space, not correctness.
        }
    }
}
