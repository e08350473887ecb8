package org.dyad.code;

import org.dyad.Fixtures;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.ConllUAnnotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.Pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes sentences of the CoreNLP parses in {@code conllu/coding.conllu}, found by how they start, as
 * one article of that date, with the bundled lexicons.
 */
final class FixtureEvents {

    private static final Lexicons LEXICONS = Lexicons.bundled();

    private FixtureEvents() {
    }

    static List<Event> events(LocalDate published, String... starts) {
        List<Sentence> sentences = new ArrayList<>();
        for (String start : starts) {
            Sentence s = Fixtures.sentence("coding.conllu", start);
            sentences.add(new Sentence(sentences.size(), false, s.text(), s.tokens(), s.mentions(), s.times()));
        }
        String text = String.join("\n\n", sentences.stream().map(Sentence::text).toList());
        Pipeline pipeline = new Pipeline(new ConllUAnnotator(sentences), LEXICONS);
        return pipeline.process(new Article("t", null, "test", null, null, published, text)).events();
    }

    /** "SOURCE CAMEO TARGET" of each event, in the order coded. */
    static List<String> codes(LocalDate published, String... starts) {
        return events(published, starts).stream().map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList();
    }
}
