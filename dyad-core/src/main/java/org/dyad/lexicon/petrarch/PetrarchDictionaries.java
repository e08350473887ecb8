package org.dyad.lexicon.petrarch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The PETRARCH dictionaries of one folder, read into records, with every problem met on the way as
 * one {@code file:line: message} (or {@code file: message}) line. Each kind holds one object per
 * file, because PETRARCH may take several files of a kind (its actor dictionaries usually are).
 *
 * @param unsupported the files recognised as a kind not read yet (issues), by name
 */
public record PetrarchDictionaries(List<PetrarchVerbs> verbs, List<PetrarchActors> actors, List<PetrarchAgents> agents,
        List<PetrarchDiscards> discards, List<String> unsupported, List<String> problems) {

    public PetrarchDictionaries {
        verbs = List.copyOf(verbs);
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        discards = List.copyOf(discards);
        unsupported = List.copyOf(unsupported);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the dictionaries in {@code dir}, telling them apart by file name as PETRARCH's
     * configuration names them: a name containing "verbs" or starting with "CAMEO" is a verb
     * dictionary, "actors" an actor one, "agents", "discards" and "issue" (case aside) the
     * others. Other files (a README, XML records) are not dictionaries and are passed over. A line
     * that cannot be read is reported and skipped; this never throws for what a file holds, and a
     * folder that cannot be listed is a problem too.
     */
    public static PetrarchDictionaries load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<PetrarchVerbs> verbs = new ArrayList<>();
        List<PetrarchActors> actors = new ArrayList<>();
        List<PetrarchAgents> agents = new ArrayList<>();
        List<PetrarchDiscards> discards = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": not a folder: give the folder that holds the PETRARCH dictionaries");
            return new PetrarchDictionaries(verbs, actors, agents, discards, unsupported, problems);
        }
        for (Path path : files(dir, problems)) {
            String name = path.getFileName().toString();
            Kind kind = Kind.of(name);
            if (kind == null) {
                continue;
            }
            Problems report = new Problems(name);
            if (kind == Kind.ISSUES) {
                unsupported.add(name);
                report.ofFile("issue dictionaries are not read yet: the file is skipped");
                problems.addAll(report.lines());
                continue;
            }
            String content;
            try {
                content = text(Files.readAllBytes(path), report);
            } catch (IOException e) {
                report.ofFile("cannot be read (" + e.getMessage() + "): check the file and its permissions");
                problems.addAll(report.lines());
                continue;
            }
            switch (kind) {
                case VERBS -> verbs.add(PetrarchVerbReader.read(name, content, report));
                case ACTORS -> actors.add(PetrarchActorReader.read(name, content, report));
                case AGENTS -> agents.add(PetrarchAgentReader.read(name, content, report));
                case DISCARDS -> discards.add(PetrarchDiscardReader.read(name, content, report));
                default -> throw new IllegalStateException("kind " + kind);
            }
            problems.addAll(report.lines());
        }
        if (verbs.isEmpty()) {
            problems.add(dir + ": no verb dictionary: add a file whose name contains 'verbs' or starts with 'CAMEO'");
        }
        if (actors.isEmpty()) {
            problems.add(dir + ": no actor dictionary: add a file whose name contains 'actors'");
        }
        return new PetrarchDictionaries(verbs, actors, agents, discards, unsupported, problems);
    }

    private static List<Path> files(Path dir, List<String> problems) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot be listed (" + e.getMessage() + "): check the folder's permissions");
            return List.of();
        }
    }

    /**
     * UTF-8 (ASCII in practice), without a byte order mark. Older TABARI dictionaries may be
     * Latin-1; such a file is read as Latin-1, which cannot fail, and said so.
     */
    private static String text(byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            problems.ofFile("not UTF-8: read as Latin-1 (ISO-8859-1); save it as UTF-8 to be sure of its accents");
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
    }

    private enum Kind {
        VERBS, ACTORS, AGENTS, DISCARDS, ISSUES;

        static Kind of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.contains("verbs") || fileName.startsWith("CAMEO")) {
                return VERBS;
            }
            if (name.contains("actors")) {
                return ACTORS;
            }
            if (name.contains("agents")) {
                return AGENTS;
            }
            if (name.contains("discards")) {
                return DISCARDS;
            }
            return name.contains("issue") ? ISSUES : null;
        }
    }
}
