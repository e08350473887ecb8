package org.dyad.actor;

import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.Set;
import java.util.function.Function;

/** The country a bare agent ("the police", "the junta") belongs to. */
final class ContextCountry {

    /**
     * Agents that act where they belong: police, protesters, courts, lawmakers. Soldiers, rebels and
     * spies act abroad too, so where they act says nothing of whose they are.
     */
    private static final Set<String> DOMESTIC = Set.of("COP", "CVL", "GOV", "JUD", "LEG", "OPP", "MED", "BUS", "EDU",
            "LAB", "HLH", "REL", "PTY", "ELI");

    private final ActorLexicon lexicon;
    private final Function<String, String> cityCountry;

    ContextCountry(ActorLexicon lexicon, Function<String, String> cityCountry) {
        this.lexicon = lexicon;
        this.cityCountry = cityCountry;
    }

    /**
     * The country a bare agent belongs to: one named in the agent's own modifiers ("police in
     * Minsk"), else the country the article has named most so far, else one the sentence names.
     * A capital in a neighbouring locative ("a summit in the Nigerian capital Abuja") does not make
     * the junta of an article about Niger Nigerian.
     */
    String of(Sentence sentence, Phrase phrase, String role, Discourse discourse) {
        String own = ofPhrase(sentence, phrase);
        if (own != null) {
            return own;
        }
        String where = role != null && DOMESTIC.contains(role) ? whereItActs(sentence, phrase) : null;
        if (where != null) {
            return where;
        }
        String dominant = discourse.dominantCountry();
        if (dominant != null) {
            return dominant;
        }
        String after = null;
        for (ActorLexicon.NameMatch m : lexicon.names(sentence, 0, sentence.size())) {
            if (m.entry() instanceof NameEntry.CountryName c && c.kind() != NameEntry.CountryName.Kind.ADJECTIVE) {
                if (m.end() <= phrase.start()) {
                    return c.country().iso3();
                }
                if (after == null && m.start() >= phrase.end()) {
                    after = c.country().iso3();
                }
            }
        }
        return after;
    }

    /** The country named in an agent's own modifiers ("police in Minsk"), or null. */
    String ofPhrase(Sentence sentence, Phrase phrase) {
        for (Token mod : sentence.children(phrase.head(), "nmod")) {
            for (ActorLexicon.NameMatch m : lexicon.names(sentence, mod.index(), mod.index() + 1)) {
                if (m.entry() instanceof NameEntry.CountryName c) {
                    return c.country().iso3();
                }
            }
        }
        return null;
    }

    /**
     * "In Yerevan, police detained dozens": the country of the place the agent's clause happens in,
     * from an "in" phrase of its verb that names a country, a capital or a city of the gazetteer.
     */
    private String whereItActs(Sentence sentence, Phrase phrase) {
        Token agent = sentence.token(phrase.head());
        // "dozens of protesters": up through the quantity to the verb's argument.
        while (agent.relation().equals("nmod") && agent.head() >= 0 && sentence.token(agent.head()).isNoun()) {
            agent = sentence.token(agent.head());
        }
        if (!Set.of("nsubj", "obj").contains(agent.baseRelation()) || agent.head() < 0 || !sentence.token(agent.head()).isVerb()) {
            return null;
        }
        java.util.List<Token> places = new java.util.ArrayList<>(sentence.children(agent.head(), "obl"));
        Token verb = sentence.token(agent.head());
        while (verb.relation().equals("conj") && verb.head() >= 0 && sentence.token(verb.head()).isVerb()) {
            // "In Yerevan, protesters demanded …, and police detained dozens": a place put first is
            // where every clause of the sentence happens.
            Token first = sentence.token(verb.head());
            sentence.children(first.index(), "obl").stream().filter(t -> t.index() < first.index()).forEach(places::add);
            verb = first;
        }
        for (Token place : places) {
            if (!sentence.caseOf(place.index()).equals("in")) {
                continue;
            }
            for (ActorLexicon.NameMatch m : lexicon.names(sentence, place.index(), place.index() + 1)) {
                if (m.entry() instanceof NameEntry.CountryName c && c.kind() != NameEntry.CountryName.Kind.ADJECTIVE) {
                    return c.country().iso3();
                }
            }
            if (place.isProperNoun()) {
                var mention = sentence.mentionAt(place.index());
                String country = cityCountry.apply(mention == null ? place.word() : mention.text());
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }
}
