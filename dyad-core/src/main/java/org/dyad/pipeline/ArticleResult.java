package org.dyad.pipeline;

import org.dyad.code.Coding;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;

import java.util.List;

/**
 * Everything the pipeline made of one article: its annotation, what became of each predication
 * (sentence by sentence, for --explain), the events after dedupe, which sentences were discarded and
 * why (null where not), and the nanoseconds each stage took.
 */
public record ArticleResult(AnnotatedArticle annotated, List<List<Coding>> codings, List<Event> events,
                            List<String> discarded, StageTimes times) {

    /** Why a sentence was not read for events (a discard phrase), or null. */
    public String discarded(int sentence) {
        return discarded.size() > sentence ? discarded.get(sentence) : null;
    }
}
