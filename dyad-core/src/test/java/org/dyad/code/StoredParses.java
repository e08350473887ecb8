package org.dyad.code;

import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.ConllU;
import org.dyad.nlp.ConllUAnnotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;

import java.time.LocalDate;
import java.util.List;

/** Codes an article made of CoNLL-U parses, one sentence a paragraph, with the bundled lexicons. */
final class StoredParses {

    private static final Lexicons LEXICONS = Lexicons.bundled();

    private StoredParses() {
    }

    static List<Event> events(String conllu, LocalDate published) {
        return events(ConllU.parseAll(conllu), published);
    }

    static List<Event> events(List<Sentence> sentences, LocalDate published) {
        String text = String.join("\n\n", sentences.stream().map(Sentence::text).toList());
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(sentences), LEXICONS);
        return pipeline.process(new Article("t", null, "test", null, null, published, text)).events();
    }

    /** "SOURCE CAMEO TARGET" of each event, in the order coded. */
    static List<String> codes(List<Event> events) {
        return events.stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }
}
