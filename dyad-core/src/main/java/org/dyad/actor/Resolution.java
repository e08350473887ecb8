package org.dyad.actor;

import org.dyad.model.Actor;

/** The outcome of resolving a phrase: an actor, or the reason there is none. */
public record Resolution(Actor actor, String reason) {

    public static Resolution of(Actor actor) {
        return new Resolution(actor, null);
    }

    public static Resolution none(String reason) {
        return new Resolution(null, reason);
    }

    public boolean resolved() {
        return actor != null;
    }
}
