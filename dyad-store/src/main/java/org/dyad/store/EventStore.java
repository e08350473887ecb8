package org.dyad.store;

import org.apache.lucene.store.LockObtainFailedException;
import org.dyad.pipeline.ArticleResult;
import org.dyad.search.ArticleIndex;
import org.dyad.search.BadSearchException;
import org.dyad.search.Hit;
import org.dyad.search.IndexedArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles and the events coded from them, in DuckDB (a file, the default) or PostgreSQL, with a
 * Lucene index of the articles beside it. Safe for concurrent readers; writes are serialised.
 */
public final class EventStore implements AutoCloseable {

    /** Where the store lives when neither --store nor DYAD_STORE says. */
    public static final String DEFAULT_PATH = "dyad-data/dyad.duckdb";

    /** A text filter restricts events to at most this many best-matching articles. */
    static final int MAX_TEXT_ARTICLES = 10_000;

    private final Database db;
    private final ArticleIndex index;
    private final Path indexFolder;
    private final String notice;
    private final Object writeLock = new Object();

    private EventStore(Database db, ArticleIndex index, Path indexFolder, String notice) {
        this.db = db;
        this.index = index;
        this.indexFolder = indexFolder;
        this.notice = notice;
    }

    /** $DYAD_STORE, or ./dyad-data/dyad.duckdb. */
    public static String defaultSpec() {
        String env = System.getenv("DYAD_STORE");
        return env == null || env.isBlank() ? DEFAULT_PATH : env.strip();
    }

    /** Opens or creates the store at a path or JDBC URL, its index where {@link #defaultIndexFolder} says. */
    public static EventStore open(String spec) {
        return open(spec, null);
    }

    /**
     * Opens or creates the store, migrating its schema, with its Lucene index in {@code indexFolder}
     * (null: beside a DuckDB file, {@code x.duckdb} → {@code x.lucene}; for PostgreSQL
     * {@code ./dyad-data/<database>.lucene}). An index missing or behind the database is rebuilt and
     * {@link #notice} says so. Throws {@link StoreException} with a one-line message.
     */
    public static EventStore open(String spec, Path indexFolder) {
        Database db = Database.open(spec);
        try {
            db.read(c -> {
                Schema.migrate(c, db.dialect(), db.spec());
                return null;
            });
            Path folder = indexFolder != null ? indexFolder : defaultIndexFolder(db);
            ArticleIndex index = openIndex(folder, db.spec());
            try {
                EventStore store = new EventStore(db, index, folder, null);
                String notice = store.catchUpIndex();
                return notice == null ? store : new EventStore(db, index, folder, notice);
            } catch (RuntimeException e) {
                try {
                    index.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Path defaultIndexFolder(Database db) {
        if (db.file() != null) {
            String name = db.file().getFileName().toString();
            String base = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
            return db.file().resolveSibling(base + ".lucene");
        }
        if (db.dialect() == Dialect.POSTGRESQL) {
            String path = db.spec().replaceFirst("^jdbc:postgresql://[^/]*/?", "").replaceFirst("[?].*$", "");
            String name = path.isBlank() ? "postgres" : path.replaceAll("[^A-Za-z0-9_.-]", "_");
            return Path.of("dyad-data", name + ".lucene").toAbsolutePath();
        }
        return null;
    }

    private static ArticleIndex openIndex(Path folder, String spec) {
        if (folder == null) {
            return ArticleIndex.inMemory();
        }
        try {
            return ArticleIndex.open(folder);
        } catch (LockObtainFailedException e) {
            throw new StoreException(folder + ": the search index of " + spec + " is in use by another process:"
                    + " stop it, or give this one its own index folder (--index DIR)");
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot open the search index (" + e.getMessage() + "): run dyad reindex"
                    + " after removing the folder");
        }
    }

    /** Rebuilds the index when it holds another number of articles than the database; says so, or null. */
    private String catchUpIndex() {
        long stored = counts().articles();
        long indexed;
        try {
            indexed = index.count();
        } catch (IOException e) {
            indexed = -1;
        }
        if (stored == indexed) {
            return null;
        }
        reindex();
        return "search index " + (indexFolder == null ? "(in memory)" : indexFolder) + " had " + Math.max(indexed, 0)
                + " articles, the store " + stored + ": rebuilt it from the store";
    }

    /** What happened on opening that the user should hear about (an index rebuilt), or empty. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** The folder of the Lucene index, or null when it is in memory. */
    public Path indexFolder() {
        return indexFolder;
    }

    /**
     * Stores one article and its events in one transaction, then updates the index. Same content
     * already stored → UNCHANGED; same URL (or, without one, same id) with other content →
     * REPLACED with its old events deleted; else ADDED.
     */
    public IngestResult ingest(ArticleResult result) {
        return ingestAll(List.of(result)).get(0);
    }

    /**
     * Stores many articles in ONE transaction (bulk loads: fewer commits), with the semantics of
     * {@link #ingest} for each in turn.
     */
    public List<IngestResult> ingestAll(List<ArticleResult> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        synchronized (writeLock) {
            ArticleWriter.Written written = db.transaction(c -> new ArticleWriter(c, db.dialect()).write(results));
            if (!written.indexed().isEmpty() || !written.removed().isEmpty()) {
                try {
                    index.update(written.indexed(), written.removed());
                    index.commit();
                } catch (IOException e) {
                    throw new StoreException("the articles are stored but the search index was not updated (" + e.getMessage()
                            + "): run dyad reindex");
                }
            }
            return written.results();
        }
    }

    /** Events matching the query, newest first (then by event id), one page. */
    public Page<StoredEvent> events(EventQuery query) {
        Filter f = filter(query);
        return db.read(c -> new EventReader(c).events(f, query.limit(), query.offset()));
    }

    /** Counts and Goldstein sums per period and quad class of the events chosen; undated events are left out. */
    public List<SeriesPoint> series(SeriesQuery query) {
        Filter f = filter(query.filter());
        return db.read(c -> new EventReader(c).series(f, query.interval()));
    }

    /** The source→target pairs with the most events among those chosen (the filter's page is ignored). */
    public List<DyadCount> dyads(EventQuery filter, int limit) {
        checkLimit(limit);
        Filter f = filter(filter);
        return db.read(c -> new EventReader(c).dyads(f, limit));
    }

    /** The actors in the most events (as source or target) among those chosen. */
    public List<ActorCount> actors(EventQuery filter, int limit) {
        checkLimit(limit);
        Filter f = filter(filter);
        return db.read(c -> new EventReader(c).actors(f, limit));
    }

    /** An article with its events, or empty for an unknown id. */
    public Optional<StoredArticle> article(String id) {
        return db.read(c -> new EventReader(c).article(id));
    }

    /** Articles matching a Lucene query over title and text, best first. */
    public List<SearchHit> search(String luceneQuery, int limit, int offset) {
        checkLimit(limit);
        if (offset < 0) {
            throw new BadQueryException("offset", "must be 0 or more, was " + offset);
        }
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (Hit h : index.search(luceneQuery, limit, offset)) {
                hits.add(new SearchHit(h.id(), h.title(), h.url(), h.published(), h.score(), h.snippet()));
            }
            return hits;
        } catch (BadSearchException e) {
            throw new BadQueryException("q", e.getMessage());
        } catch (IOException e) {
            throw new StoreException("cannot read the search index (" + e.getMessage() + "): run dyad reindex");
        }
    }

    /** Rebuilds the Lucene index from the articles in the database. */
    public void reindex() {
        synchronized (writeLock) {
            try {
                index.clear();
                db.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT id, url, title, publisher, published, text FROM articles");
                         ResultSet r = ps.executeQuery()) {
                        List<IndexedArticle> batch = new ArrayList<>();
                        while (r.next()) {
                            Date published = r.getDate(5);
                            batch.add(new IndexedArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                    published == null ? null : published.toLocalDate(), r.getString(6)));
                            if (batch.size() == 1000) {
                                index.update(batch, List.of());
                                batch.clear();
                            }
                        }
                        index.update(batch, List.of());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return null;
                });
                index.commit();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new StoreException("cannot rebuild the search index in " + indexFolder + " (" + e.getMessage()
                        + "): check the folder is writable");
            }
        }
    }

    /** Articles, events and actors stored. */
    public Counts counts() {
        return db.read(c -> new EventReader(c).counts());
    }

    private Filter filter(EventQuery query) {
        List<String> ids = null;
        if (query.text() != null) {
            try {
                ids = index.ids(query.text(), MAX_TEXT_ARTICLES);
            } catch (BadSearchException e) {
                throw new BadQueryException("q", e.getMessage());
            } catch (IOException e) {
                throw new StoreException("cannot read the search index (" + e.getMessage() + "): run dyad reindex");
            }
        }
        return Filter.of(query, ids, db.dialect());
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
            throw new BadQueryException("limit", "must be between 1 and " + EventQuery.MAX_LIMIT + ", was " + limit);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            // the index is committed after every write: nothing is lost by a failed close
        } finally {
            db.close();
        }
    }
}
