package org.dyad.model;

import java.util.List;

/**
 * A coded political event: who did what to whom, when, where, in which mode and according to whom,
 * with the sentence it came from and the lexicon entry that coded it.
 */
public record Event(String eventId, String articleId, String url, String input, int sentence,
                    EventDate date, Actor source, Actor target, CameoCode cameo, int quadClass,
                    double goldstein, String plover, Mode mode, Location location,
                    List<Attribution> attribution, String evidence, double confidence,
                    String trigger, String rule) {

    public Event {
        attribution = List.copyOf(attribution);
    }
}
