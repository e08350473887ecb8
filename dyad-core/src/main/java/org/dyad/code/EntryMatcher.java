package org.dyad.code;

import org.dyad.lexicon.Cues;
import org.dyad.lexicon.Words;
import org.dyad.model.Mode;
import org.dyad.model.Oblique;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a lexicon entry fits a predication: negation, particle, the noun's modifiers, and each
 * required object or oblique, compared by the head's lemma (past a measure: "dozens of missiles").
 */
final class EntryMatcher {

    private final Cues cues;

    EntryMatcher(Cues cues) {
        this.cues = cues;
    }

    boolean matches(EventPattern entry, Predication p, Sentence s) {
        if (entry.negatedOnly() && p.mode() != Mode.NEGATED) {
            return false;
        }
        if (entry.particle() != null && !entry.particle().equals(p.particle())) {
            return false;
        }
        if (entry.modifiers() != null && !hasModifier(s, p.trigger(), entry.modifiers())) {
            return false;
        }
        for (EventPattern.Element e : entry.elements()) {
            if (!matches(e, p, s)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a noun has one of the words as a compound or adjective ("air strike", "joint drills"). */
    private static boolean hasModifier(Sentence s, int noun, Set<String> words) {
        for (Token c : s.children(noun)) {
            String rel = c.relation();
            if ((rel.equals("compound") || rel.equals("amod")) && (words.contains(c.lemma().toLowerCase(Locale.ROOT))
                    || words.contains(c.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(EventPattern.Element e, Predication p, Sentence s) {
        if (e.preposition() == null) {
            return p.object() != null && (e.isTarget() || headIn(s, p.object(), e));
        }
        for (Oblique o : p.obliques()) {
            if (o.preposition().equals(e.preposition()) && (e.isTarget() || headIn(s, o.phrase(), e))) {
                return true;
            }
        }
        // "call off the talks": the parser takes "off" as a particle and "talks" as the object.
        return e.preposition().equals(p.particle()) && p.object() != null && (e.isTarget() || headIn(s, p.object(), e));
    }

    /** Whether the phrase's head (past a quantity: "dozens of missiles") is one of the element's lemmas. */
    private boolean headIn(Sentence s, Phrase phrase, EventPattern.Element e) {
        Token head = s.token(phrase.head());
        if (head.pos().equals("CD") || head.pos().equals("$") || cues.is(Cues.Kind.MEASURE, head.lemma())) {
            for (Token c : s.children(head.index(), "nmod")) {
                if (isIn(c, e)) {
                    return true;
                }
            }
        }
        return isIn(head, e);
    }

    private static boolean isIn(Token t, EventPattern.Element e) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String word = t.word().toLowerCase(Locale.ROOT);
        return e.lemmas().contains(lemma) || e.lemmas().contains(word) || e.lemmas().contains(Words.singular(word))
                || e.lemmas().contains(EventLexicon.PLACE) && PLACE_TAGS.contains(t.ner());
    }

    /** Named-entity tags of places: "seized Damascus" takes a city, not property. */
    private static final Set<String> PLACE_TAGS = Set.of("CITY", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE");

}
