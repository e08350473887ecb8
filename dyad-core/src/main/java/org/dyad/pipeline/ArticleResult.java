package org.dyad.pipeline;

import org.dyad.code.Coding;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;

import java.util.List;

/**
 * Everything the pipeline made of one article: its annotation, what became of each predication
 * (sentence by sentence, for --explain), the events after dedupe, and the nanoseconds each stage took.
 */
public record ArticleResult(AnnotatedArticle annotated, List<List<Coding>> codings, List<Event> events,
                            StageTimes times) {
}
