package org.dyad.code;

import org.dyad.model.Event;
import org.dyad.model.Predication;
import org.dyad.model.Skipped;

import java.util.List;

/**
 * What became of one predication: an event, or the reason it was skipped; with the trace of how
 * its actors were resolved and which lexicon entry coded it (null when skipped), for --explain.
 */
public record Coding(Predication predication, Event event, Skipped skipped, EventPattern entry, List<String> trace) {

    public Coding {
        trace = List.copyOf(trace);
    }

    public boolean coded() {
        return event != null;
    }
}
