package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Places that stand for their country as a target: a city the gazetteer knows ("shelled Kharkiv"),
 * or a place noun with its location ("fired missiles at cities across Ukraine").
 */
final class Places {

    /** Places whose country stands for them as a target: "fired missiles at cities across Ukraine" → UKR. */
    private static final Set<String> PLACES = Set.of("city", "town", "village", "region", "area", "district",
            "province", "territory", "capital", "infrastructure", "facility", "site", "settlement", "neighbourhood",
            "neighborhood", "port", "airport", "border", "coast", "island", "base", "target", "front", "frontline");
    private static final Set<String> LOCATION_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
    private final ActorLexicon lexicon;
    private final Function<String, String> cityCountry;

    Places(ActorLexicon lexicon, Function<String, String> cityCountry) {
        this.lexicon = lexicon;
        this.cityCountry = cityCountry;
    }

    /** Whether a phrase names a place rather than an actor ("targets", "cities", "the town"). */
    boolean isPlace(Sentence sentence, Phrase phrase) {
        return phrase != null && PLACES.contains(sentence.token(phrase.head()).lemma().toLowerCase(Locale.ROOT));
    }

    /** A place standing for its country: a city the gazetteer knows, or "cities across Ukraine". */
    Actor place(Sentence sentence, Phrase phrase, Token head, String text) {
        if (LOCATION_TYPES.contains(head.ner())) {
            var mention = sentence.mentionAt(head.index());
            String country = cityCountry.apply(mention == null ? head.word() : mention.text());
            if (country != null) {
                return new Actor(new ActorCode(country), text, text, "place in " + country + " (gazetteer)");
            }
        }
        if (PLACES.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            for (Token mod : sentence.children(head.index(), "nmod")) {
                for (ActorLexicon.NameMatch m : lexicon.names(sentence, mod.index(), mod.index() + 1)) {
                    if (m.entry() instanceof NameEntry.CountryName c) {
                        return new Actor(new ActorCode(c.country().iso3()), text, text, "place in " + c.country().iso3());
                    }
                }
                if (LOCATION_TYPES.contains(mod.ner())) {
                    var mention = sentence.mentionAt(mod.index());
                    String country = cityCountry.apply(mention == null ? mod.word() : mention.text());
                    if (country != null) {
                        return new Actor(new ActorCode(country), text, text, "place in " + country + " (gazetteer)");
                    }
                }
            }
        }
        return null;
    }
}
