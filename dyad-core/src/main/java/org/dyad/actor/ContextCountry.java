package org.dyad.actor;

import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/** The country a bare agent ("the police", "the junta") belongs to. */
final class ContextCountry {

    private final ActorLexicon lexicon;

    ContextCountry(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The country a bare agent belongs to: one named in the agent's own modifiers ("police in
     * Minsk"), else the country the article has named most so far, else one the sentence names.
     * A capital in a neighbouring locative ("a summit in the Nigerian capital Abuja") does not make
     * the junta of an article about Niger Nigerian.
     */
    String of(Sentence sentence, Phrase phrase, Discourse discourse) {
        for (Token mod : sentence.children(phrase.head(), "nmod")) {
            for (ActorLexicon.NameMatch m : lexicon.names(sentence, mod.index(), mod.index() + 1)) {
                if (m.entry() instanceof NameEntry.CountryName c) {
                    return c.country().iso3();
                }
            }
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
}
