package org.dyad.store;

import org.dyad.code.Coding;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.pipeline.ArticleResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For each event of an article, the lines of --explain that coded it: the sentence, the trace, the result. */
final class Explanations {

    private Explanations() {
    }

    static Map<String, String> of(ArticleResult result) {
        Map<String, String> byEvent = new HashMap<>();
        List<Sentence> sentences = result.annotated() == null ? List.of() : result.annotated().sentences();
        List<List<Coding>> codings = result.codings() == null ? List.of() : result.codings();
        for (int i = 0; i < codings.size(); i++) {
            for (Coding c : codings.get(i)) {
                if (!c.coded()) {
                    continue;
                }
                Event e = c.event();
                StringBuilder sb = new StringBuilder();
                if (i < sentences.size()) {
                    sb.append('[').append(sentences.get(i).index()).append("] ").append(sentences.get(i).text()).append('\n');
                }
                sb.append("verb '").append(c.predication().lemma()).append("'\n");
                for (String line : c.trace()) {
                    sb.append("  ").append(line).append('\n');
                }
                sb.append("=> ").append(e.source().code()).append(' ').append(e.cameo()).append(' ')
                        .append(e.target().code()).append("  ").append(e.mode().label())
                        .append("  date ").append(e.date().value()).append(" (").append(e.date().source()).append(')');
                byEvent.put(e.eventId(), sb.toString());
            }
        }
        return byEvent;
    }
}
