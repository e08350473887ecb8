package org.dyad.eval;

import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.nlp.GivenParses;
import org.dyad.pipeline.ArticleResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** What scoring a validation file needs besides the pipeline: the records' parses, their articles, the keys of what was coded. */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * Each record's own parse: CoNLL-U as it is (with CoreNLP's lemmas), Penn Treebank trees converted
     * to UD by CoreNLP. A record whose parse cannot be used is said to {@code problems} and gets none.
     */
    public static Map<String, List<Sentence>> givenParses(List<ValidationRecord> records, Consumer<String> problems) {
        Map<String, List<Sentence>> out = new HashMap<>();
        for (ValidationRecord r : records) {
            try {
                out.put(r.key(), GivenParses.sentences(r.parse()));
            } catch (RuntimeException e) {
                problems.accept("record " + r.id() + ": unusable parse (" + e.getMessage() + "): coded as no events");
                out.put(r.key(), List.of());
            }
        }
        return out;
    }

    /** The record as an article: its key as the id (ids repeat in PETRARCH's suite), its date as the publication date, its text. */
    public static Article article(ValidationRecord r, String input) {
        return new Article(r.key(), null, input, null, null, r.date(), r.text().isBlank() ? " " : r.text());
    }

    /** What was coded, as the validation files write it: source, target, code. */
    public static Set<EventKey> keys(ArticleResult result) {
        return result.events().stream()
                .map(e -> new EventKey(e.source().code().value(), e.target().code().value(), e.cameo().value()))
                .collect(Collectors.toSet());
    }
}
