package org.dyad.write;

import org.dyad.pipeline.ArticleResult;

import java.io.IOException;

/** Writes the events of articles, one article after another, in one output format. */
public interface EventWriter {

    void write(ArticleResult result) throws IOException;

    /** Called once after the last article: flush, print totals. */
    default void finish() throws IOException {
    }
}
