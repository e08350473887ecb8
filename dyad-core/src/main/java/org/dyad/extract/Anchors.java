package org.dyad.extract;

import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

import java.util.Set;

/**
 * Anchors a predicate in time and space: the time expression and the location phrase that belong
 * to it rather than to a neighbouring clause or noun ("since Belarus' Aug. 9 vote" dates the vote,
 * not the protests).
 */
final class Anchors {

    private static final Set<String> LOCATION_TYPES = Set.of("COUNTRY", "CITY", "LOCATION", "STATE_OR_PROVINCE");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "to", "into", "across", "inside",
            "outside", "throughout", "around", "from", "off");
    /** Relations a misattached time may hang from on its way to the predicate ("Lukashenko on Monday is traveling"). */
    private static final Set<String> HOPS = Set.of("nsubj", "nsubj:pass", "obj", "obl", "acl");

    private Anchors() {
    }

    static TimeExpression time(Sentence s, int predicate) {
        TimeExpression twoHops = null;
        for (TimeExpression t : s.times()) {
            int head = headOf(s, t);
            Token h = s.token(head);
            if (h.head() == predicate) {
                return t;
            }
            if (h.head() >= 0 && twoHops == null) {
                Token mid = s.token(h.head());
                if (mid.head() == predicate && HOPS.contains(mid.relation())) {
                    twoHops = t;
                }
            }
        }
        return twoHops;
    }

    /** The token of a time expression whose head lies outside it. */
    private static int headOf(Sentence s, TimeExpression t) {
        for (int i = t.start(); i < t.end(); i++) {
            int h = s.token(i).head();
            if (h < t.start() || h >= t.end()) {
                return i;
            }
        }
        return t.start();
    }

    static Phrase place(Sentence s, int predicate) {
        for (Token c : s.children(predicate)) {
            String rel = c.baseRelation();
            if ((rel.equals("obl") || rel.equals("nmod")) && PLACE_CASES.contains(Syntax.caseOf(s, c.index()))
                    && isLocation(s, c)) {
                return Phrases.of(s, c.index(), Syntax.caseOf(s, c.index()));
            }
            if (rel.equals("compound") && isLocation(s, c)) {
                return Phrases.of(s, c.index(), "compound");
            }
        }
        return null;
    }

    static boolean isLocation(Sentence s, Token t) {
        return LOCATION_TYPES.contains(t.ner());
    }
}
