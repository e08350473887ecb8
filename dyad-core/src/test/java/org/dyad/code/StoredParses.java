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

    private StoredParses() {
    }

    static List<Event> events(String conllu, LocalDate published) {
        List<Sentence> sentences = ConllU.parseAll(conllu);
        String text = String.join("\n\n", sentences.stream().map(Sentence::text).toList());
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(sentences), Lexicons.bundled());
        return pipeline.process(new Article("t", null, "test", null, null, published, text)).events();
    }
}
