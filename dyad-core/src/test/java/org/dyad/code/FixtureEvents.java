package org.dyad.code;

import org.dyad.Fixtures;
import org.dyad.model.Event;
import org.dyad.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes sentences of the CoreNLP parses in {@code conllu/coding.conllu}, found by how they start, as
 * one article of that date.
 */
final class FixtureEvents {

    private FixtureEvents() {
    }

    static List<Event> events(LocalDate published, String... starts) {
        List<Sentence> sentences = new ArrayList<>();
        for (String start : starts) {
            Sentence s = Fixtures.sentence("coding.conllu", start);
            sentences.add(new Sentence(sentences.size(), false, s.text(), s.tokens(), s.mentions(), s.times()));
        }
        return StoredParses.events(sentences, published);
    }

    /** "SOURCE CAMEO TARGET" of each event, in the order coded. */
    static List<String> codes(LocalDate published, String... starts) {
        return StoredParses.codes(events(published, starts));
    }
}
