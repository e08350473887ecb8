package org.dyad.code;

import org.dyad.model.CameoCode;

import java.util.List;
import java.util.Set;

/**
 * One entry of verbs.txt or nouns.txt: a trigger lemma with what must stand around it.
 *
 * @param modifiers   words one of which must modify a noun trigger ("air" in "air strike"), or null
 * @param negatedOnly the entry applies only to a negated trigger ("not accept TARGET")
 * @param particle    a verb particle that must be present ("crack down"), or null
 * @param elements    the object and obliques the entry requires, in order
 * @param where       file and line, for --explain and problems
 */
public record EventPattern(CameoCode code, String trigger, Set<String> modifiers, boolean negatedOnly,
                           String particle, List<Element> elements, String written, String where) {

    /**
     * A required argument: the direct object ({@code preposition == null}) or an oblique with that
     * preposition, either the target ({@code lemmas == null}) or a word from a set ("ties|relations").
     */
    public record Element(String preposition, Set<String> lemmas) {

        public boolean isTarget() {
            return lemmas == null;
        }
    }

    /** How much an entry says: entries that say more win over general ones. */
    public int specificity() {
        return elements.size() * 2 + (particle == null ? 0 : 2) + (modifiers == null ? 0 : 2) + (negatedOnly ? 1 : 0);
    }

    public boolean hasTarget() {
        return elements.stream().anyMatch(Element::isTarget);
    }
}
