package org.dyad.cli;

import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;

/** The options every store command shares: which store, and where its search index lives. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "PATH|JDBC-URL",
            description = "A DuckDB file, jdbc:duckdb:PATH or jdbc:postgresql://HOST/DB?user=…&password=… (default: $DYAD_STORE or ./dyad-data/dyad.duckdb)")
    String store;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The Lucene index folder (default: beside a DuckDB file, x.duckdb → x.lucene; for PostgreSQL ./dyad-data/<db>.lucene)")
    Path index;

    String spec() {
        return store == null || store.isBlank() ? EventStore.defaultSpec() : store;
    }

    /** The store opened (created when new), or null after saying in one line why it could not be. */
    EventStore open(PrintStream err) {
        return open(err, false);
    }

    /** The store opened, or null after saying why; with {@code existing}, a DuckDB file must be there already. */
    EventStore open(PrintStream err, boolean existing) {
        String spec = spec();
        String path = spec.startsWith("jdbc:duckdb:") ? spec.substring("jdbc:duckdb:".length()) : spec;
        if (existing && !spec.startsWith("jdbc:postgresql:") && !path.isEmpty() && !path.equals(":memory:")
                && !java.nio.file.Files.exists(Path.of(path))) {
            err.println("dyad: no store at " + path + ": ingest articles first (dyad ingest --store " + path
                    + " INPUT...) or give --store / DYAD_STORE");
            return null;
        }
        try {
            EventStore s = EventStore.open(spec, index);
            s.notice().ifPresent(n -> err.println("dyad: " + n));
            return s;
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return null;
        }
    }
}
