package org.dyad.extract;

import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.Set;

/** Small questions asked of a UD tree. */
final class Syntax {

    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which", "whom");

    private Syntax() {
    }

    /** The preposition of an oblique or nominal modifier ("according to" → "according"), or "". */
    static String caseOf(Sentence s, int token) {
        return s.caseOf(token);
    }

    /** The first dependent with exactly this relation ("nsubj" does not match "nsubj:pass"), or null. */
    static Token child(Sentence s, int head, String relation) {
        for (Token t : s.children(head)) {
            if (t.relation().equals(relation)) {
                return t;
            }
        }
        return null;
    }

    static boolean isPredicateVerb(Token t) {
        String rel = t.baseRelation();
        return t.isVerb() && !rel.equals("aux") && !rel.equals("cop") && !rel.equals("amod") && !rel.equals("compound");
    }

    static Token parent(Sentence s, Token t) {
        return t.head() < 0 ? null : s.token(t.head());
    }
}
