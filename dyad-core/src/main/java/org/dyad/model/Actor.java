package org.dyad.model;

/**
 * An actor resolved to a code as of the article's date.
 *
 * @param code  the CAMEO actor code
 * @param name  the canonical name where the actor is a known entity ("Vladimir Putin"), else the text
 * @param text  the words of the sentence it was resolved from
 * @param how   how it was resolved, for --explain ("people.txt: Vladimir Putin, RUSGOV 2012-05-07..")
 */
public record Actor(ActorCode code, String name, String text, String how) {

    public String country() {
        return code.country();
    }

    public String role() {
        return code.role();
    }
}
