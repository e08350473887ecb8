package org.dyad.read;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of a many-article input (JSON Lines, PETRARCH XML), read one at a time so that a
 * file larger than the heap streams through. Implementations turn their own failures into
 * outcomes; only bugs throw.
 */
interface OutcomeCursor {

    /** The next outcome, or null when the input has no more. */
    ReadOutcome next();

    /** Releases the input; called once, when the stream is closed. */
    void close();

    /** The outcomes as a lazy stream that closes this cursor when closed. */
    default Stream<ReadOutcome> stream() {
        Spliterator<ReadOutcome> outcomes = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super ReadOutcome> action) {
                ReadOutcome outcome = next();
                if (outcome == null) {
                    return false;
                }
                action.accept(outcome);
                return true;
            }
        };
        return StreamSupport.stream(outcomes, false).onClose(this::close);
    }
}
