package org.dyad.cli;

import org.dyad.feed.ArticleSink;
import org.dyad.model.Article;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;

/** Codes each article a feed gives and stores it with its events; the count is the events stored. */
final class StoringSink implements ArticleSink {

    private final Pipeline pipeline;
    private final EventStore store;

    StoringSink(Pipeline pipeline, EventStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public int take(Article article) {
        ArticleResult result = pipeline.process(article);
        IngestResult stored = store.ingest(result);
        return stored.status() == IngestResult.Status.UNCHANGED ? 0 : stored.events();
    }
}
