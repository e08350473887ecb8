package org.dyad.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Codes a partition of read rows with the executor's pipeline, one article at a time as Spark pulls
 * them. An input that could not be read, an article too long to code, or an article the pipeline
 * fails on becomes a row with its problem: one bad article never fails the task.
 */
final class CodeArticles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The command line's limit (org.dyad.cli.Batch): a million characters is a book, not an article. */
    static final int MAX_ARTICLE_CHARS = 1_000_000;

    private final Broadcast<LexiconChoice> lexicons;

    CodeArticles(Broadcast<LexiconChoice> lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> reads) {
        // Built (or found) in this JVM on the first partition that has work; not on empty ones.
        return new Iterator<>() {
            private Pipeline pipeline;

            @Override
            public boolean hasNext() {
                return reads.hasNext();
            }

            @Override
            public Row next() {
                Row read = reads.next();
                if (pipeline == null && ArticleRows.problemOf(read) == null) {
                    pipeline = ExecutorPipeline.pipeline(lexicons.value());
                }
                return code(read, pipeline);
            }
        };
    }

    static Row code(Row read, Pipeline pipeline) {
        String problem = ArticleRows.problemOf(read);
        if (problem != null) {
            return ArticleRows.notCoded(ArticleRows.inputOf(read), problem);
        }
        Article article = ArticleRows.article(read);
        if (article.text().isBlank()) {
            return ArticleRows.notCoded(article.input(), "empty article: nothing to code");
        }
        if (article.text().length() > MAX_ARTICLE_CHARS) {
            return ArticleRows.notCoded(article.input(), String.format("too long for one article (%,d characters;"
                    + " the limit is %,d): split it into articles, for example as JSON Lines",
                    article.text().length(), MAX_ARTICLE_CHARS));
        }
        ArticleResult result;
        try {
            result = pipeline.process(article);
        } catch (RuntimeException e) {
            // A bug in Dyad, not the user's mistake: this article is reported, the others go on.
            return ArticleRows.notCoded(article.input(), "internal error while coding article " + article.id()
                    + " (" + e + "): please report it");
        }
        List<Row> events = new ArrayList<>(result.events().size());
        for (Event e : result.events()) {
            events.add(EventRows.toRow(e));
        }
        return ArticleRows.coded(read, result.annotated().sentences().size(), events);
    }
}
