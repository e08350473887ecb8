package org.dyad.feed;

import org.dyad.model.Article;

/** Where the poller hands each new article: usually the pipeline, then the store or stdout. */
@FunctionalInterface
public interface ArticleSink {

    /**
     * Codes and keeps one article, returning how many events it gave. A RuntimeException means it
     * was not kept: the poller reports it and offers the item again on the next pass.
     */
    int take(Article article);
}
