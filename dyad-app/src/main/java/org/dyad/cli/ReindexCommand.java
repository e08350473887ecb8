package org.dyad.cli;

import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code dyad reindex}: rebuild the full-text index of a store from its database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "Rebuild the Lucene search index of a store from the articles in its database.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        EventStore store = storeOptions.open(System.err, true);
        if (store == null) {
            return 1;
        }
        try (store) {
            long t = System.nanoTime();
            store.reindex();
            System.out.printf("reindex: %d articles indexed in %s (%.1f s)%n", store.counts().articles(),
                    store.indexFolder() == null ? "memory" : store.indexFolder(), (System.nanoTime() - t) / 1e9);
            return 0;
        } catch (StoreException e) {
            System.err.println("dyad: " + e.getMessage());
            return 1;
        }
    }
}
