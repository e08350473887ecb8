package org.dyad.model;

import java.util.List;

/**
 * A candidate event found in a sentence's dependency tree: a trigger (verb or event noun) with its
 * arguments, mode, time, place and the reporting frames around it. One predication has at most one
 * subject; conjoined subjects ("Putin and Lukashenko") give one predication each, the other conjunct
 * becoming the {@code partner}.
 *
 * @param trigger     index of the trigger token
 * @param lemma       the trigger's lemma ("visit", "crackdown")
 * @param nominal     whether the trigger is a noun
 * @param particle    a verb particle ("down" in "crack down"), or null
 * @param subject     who acts, or null
 * @param object      the direct object (the passive subject for a passive verb), or null
 * @param obliques    prepositional arguments of the trigger
 * @param partner     the other conjunct of a conjoined subject, for reciprocal events, or null
 * @param implied     an agent implied elsewhere in the sentence when the subject is missing, or null
 * @param mode        asserted, negated, future or hypothetical
 * @param reporters   the reporting frames around the predication, outermost first
 * @param time        the time expression attached to the trigger or to the clause that embeds it, or null
 * @param place       a location phrase of the trigger ("in Minsk"), or null
 * @param embedded    subjects and objects of the clauses the trigger governs ("warned that Israel would
 *                    strike Hezbollah", "pledged to supply Kyiv"): where speech acts find their target
 */
public record Predication(int sentence, int trigger, String lemma, boolean nominal, String particle,
                          Phrase subject, Phrase object, List<Oblique> obliques, Phrase partner,
                          Phrase implied, Mode mode, List<Reporter> reporters, TimeExpression time,
                          Phrase place, List<Phrase> embedded) {

    public Predication {
        obliques = List.copyOf(obliques);
        reporters = List.copyOf(reporters);
        embedded = List.copyOf(embedded);
    }

    /** A reporting frame: who said or reported, and through which verb ("Bloomberg", "cite"). */
    public record Reporter(Phrase speaker, String verb) {
    }

    public Predication withSubject(Phrase newSubject, Phrase newPartner) {
        return new Predication(sentence, trigger, lemma, nominal, particle, newSubject, object, obliques,
                newPartner, implied, mode, reporters, time, place, embedded);
    }

    public Predication withObliques(List<Oblique> newObliques) {
        return new Predication(sentence, trigger, lemma, nominal, particle, subject, object, newObliques,
                partner, implied, mode, reporters, time, place, embedded);
    }

    public Predication withObject(Phrase newObject) {
        return new Predication(sentence, trigger, lemma, nominal, particle, subject, newObject, obliques,
                partner, implied, mode, reporters, time, place, embedded);
    }
}
