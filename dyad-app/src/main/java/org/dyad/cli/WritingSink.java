package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dyad.feed.ArticleSink;
import org.dyad.model.Article;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Pipeline;
import org.dyad.write.EventWriter;

/** Codes each article a feed gives and writes its events, as {@code dyad code} does for files. */
final class WritingSink implements ArticleSink {

    private final Pipeline pipeline;
    private final List<EventWriter> writers;

    WritingSink(Pipeline pipeline, List<EventWriter> writers) {
        this.pipeline = pipeline;
        this.writers = List.copyOf(writers);
    }

    @Override
    public int take(Article article) {
        ArticleResult result = pipeline.process(article);
        for (EventWriter writer : writers) {
            try {
                writer.write(result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result.events().size();
    }
}
