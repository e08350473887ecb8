package org.dyad.cli;

import org.dyad.pipeline.ArticleResult;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;
import org.dyad.write.EventWriter;

/** Stores each coded article as it comes (on the thread that writes, in input order) and counts what happened. */
final class StoreSink implements EventWriter {

    private final EventStore store;
    private int added;
    private int unchanged;
    private int replaced;
    private long events;

    StoreSink(EventStore store) {
        this.store = store;
    }

    @Override
    public void write(ArticleResult result) {
        IngestResult r = store.ingest(result);
        switch (r.status()) {
            case ADDED -> added++;
            case UNCHANGED -> unchanged++;
            case REPLACED -> replaced++;
        }
        if (r.status() != IngestResult.Status.UNCHANGED) {
            events += r.events();
        }
    }

    String summary(int articles, int failed) {
        return "ingest: articles=" + articles + " added=" + added + " unchanged=" + unchanged + " replaced=" + replaced
                + " events=" + events + " failed=" + failed;
    }
}
