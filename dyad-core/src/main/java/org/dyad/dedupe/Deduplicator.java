package org.dyad.dedupe;

import org.dyad.model.Event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the events of one article that say the same thing: same source, target, code, date and
 * mode. The headline and the lead often report one event twice; counting it twice would inflate
 * every series built on the data. The first mention is kept, with the highest confidence seen.
 */
public final class Deduplicator {

    public List<Event> dedupe(List<Event> events) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Event e : events) {
            String key = e.source().code() + "|" + e.target().code() + "|" + e.cameo() + "|" + e.date().value() + "|" + e.mode();
            Event first = kept.get(key);
            if (first == null) {
                kept.put(key, e);
            } else if (e.confidence() > first.confidence()) {
                kept.put(key, withConfidence(first, e.confidence()));
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static Event withConfidence(Event e, double confidence) {
        return new Event(e.eventId(), e.articleId(), e.url(), e.input(), e.sentence(), e.date(), e.source(), e.target(),
                e.cameo(), e.quadClass(), e.goldstein(), e.plover(), e.mode(), e.location(), e.attribution(),
                e.evidence(), confidence, e.trigger(), e.rule());
    }
}
