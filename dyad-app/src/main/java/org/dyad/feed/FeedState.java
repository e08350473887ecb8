package org.dyad.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the poller remembers: per feed its validators and backoff, and the links and content
 * hashes of the items already taken. Kept in a JSON file that is replaced atomically on every
 * save, so that a crash leaves the old state or the new one, never half of each.
 */
public final class FeedState {

    /** The most links and hashes remembered; the oldest are forgotten first. Feeds list their last few dozen items. */
    static final int MAX_SEEN = 200_000;

    /** The file's content. */
    record Snapshot(int version, Map<String, FeedMemory> feeds, List<String> links, List<String> hashes) {
    }

    private static final int VERSION = 1;

    private final Path file;
    private final ObjectMapper json;
    private final Map<String, FeedMemory> feeds;
    private final Set<String> links;
    private final Set<String> hashes;

    private FeedState(Path file, ObjectMapper json, Snapshot snapshot) {
        this.file = file;
        this.json = json;
        this.feeds = new TreeMap<>(snapshot.feeds() == null ? Map.of() : snapshot.feeds());
        this.links = new LinkedHashSet<>(snapshot.links() == null ? List.of() : snapshot.links());
        this.hashes = new LinkedHashSet<>(snapshot.hashes() == null ? List.of() : snapshot.hashes());
    }

    /** The state kept in {@code file}, empty when the file does not exist yet. */
    public static FeedState load(Path file) throws FeedStateException {
        ObjectMapper json = mapper();
        try {
            Snapshot snapshot = json.readValue(Files.readAllBytes(file), Snapshot.class);
            if (snapshot == null || snapshot.version() != VERSION) {
                throw new FeedStateException(file + ": not a feed state file of this Dyad (version "
                        + (snapshot == null ? "none" : snapshot.version()) + "): move it away to start afresh");
            }
            return new FeedState(file, json, snapshot);
        } catch (NoSuchFileException e) {
            return new FeedState(file, json, new Snapshot(VERSION, Map.of(), List.of(), List.of()));
        } catch (JacksonException e) {
            throw new FeedStateException(file + ": the feed state is not valid JSON (" + e.getOriginalMessage()
                    + "): move it away to start afresh (every item in the feeds is then new)");
        } catch (IOException e) {
            throw new FeedStateException(file + ": cannot read the feed state (" + e.getMessage() + "): check the file");
        }
    }

    /** A state that is never saved: every item of the feeds is new once. */
    public static FeedState inMemory() {
        return new FeedState(null, mapper(), new Snapshot(VERSION, Map.of(), List.of(), List.of()));
    }

    FeedMemory feed(String url) {
        return feeds.getOrDefault(url, FeedMemory.NEW);
    }

    void update(String url, FeedMemory memory) {
        feeds.put(url, Objects.requireNonNull(memory));
    }

    boolean seenLink(String link) {
        return links.contains(link);
    }

    boolean seenHash(String hash) {
        return hashes.contains(hash);
    }

    void rememberLink(String link) {
        remember(links, link);
    }

    void rememberHash(String hash) {
        remember(hashes, hash);
    }

    /** Writes the state to its file (beside it first, then moved over it); does nothing in memory. */
    void save() throws IOException {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            json.writeValue(temporary.toFile(),
                    new Snapshot(VERSION, feeds, new ArrayList<>(links), new ArrayList<>(hashes)));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void remember(Set<String> seen, String value) {
        if (seen.add(value) && seen.size() > MAX_SEEN) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
