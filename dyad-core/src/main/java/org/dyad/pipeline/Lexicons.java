package org.dyad.pipeline;

import org.dyad.actor.ActorLexicon;
import org.dyad.code.CameoCodebook;
import org.dyad.code.EventLexicon;
import org.dyad.lexicon.Cues;
import org.dyad.lexicon.Discards;
import org.dyad.place.Gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Every lexicon the stages read, loaded once and shared by all threads. {@code dictionaryVerbs} is
 * set when the verbs come from PETRARCH dictionaries: their patterns are then matched as written.
 */
public record Lexicons(ActorLexicon actors, Cues cues, CameoCodebook codebook, EventLexicon events, Gazetteer gazetteer,
                       Discards discards, org.dyad.code.DictionaryVerbs dictionaryVerbs) {

    public Lexicons(ActorLexicon actors, Cues cues, CameoCodebook codebook, EventLexicon events, Gazetteer gazetteer,
                    Discards discards) {
        this(actors, cues, codebook, events, gazetteer, discards, null);
    }

    public static Lexicons bundled() {
        CameoCodebook codebook = CameoCodebook.bundled();
        return new Lexicons(ActorLexicon.bundled(), Cues.bundled(), codebook, EventLexicon.bundled(codebook),
                Gazetteer.bundled(), Discards.bundled());
    }

    /** Lines of the lexicons that could not be read, each with file and line number. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        out.addAll(actors.problems());
        out.addAll(cues.problems());
        out.addAll(codebook.problems());
        out.addAll(events.problems());
        out.addAll(discards.problems());
        return out;
    }
}
