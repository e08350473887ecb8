package org.dyad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.model.Event;
import org.dyad.write.JsonLinesWriter;

/** An event as stored, with the explanation of how it was coded (the --explain lines that led to it). */
public record StoredEvent(Event event, String explanation) {

    /** The JSON of {@code dyad code --format jsonl}, plus {@code explanation}. */
    public ObjectNode toJson() {
        ObjectNode n = JsonLinesWriter.toJson(event);
        n.put("explanation", explanation);
        return n;
    }
}
