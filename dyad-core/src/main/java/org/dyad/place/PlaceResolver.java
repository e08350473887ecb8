package org.dyad.place;

import org.dyad.actor.ActorLexicon;
import org.dyad.actor.Country;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;

import java.util.List;

/**
 * Resolves a location phrase ("in Minsk", "to Russia", "the Sochi summit") to a place with country
 * and coordinates: a country by its name (at its centroid), else the city the NER marked, the most
 * populous of that name, preferring one in the country the article is about.
 */
public final class PlaceResolver {

    private final Gazetteer gazetteer;
    private final ActorLexicon lexicon;

    private final java.util.Map<String, Country> countriesByName = new java.util.HashMap<>();

    public PlaceResolver(Gazetteer gazetteer, ActorLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        for (Country c : lexicon.countries()) {
            c.names().forEach(n -> countriesByName.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), c));
        }
    }

    /** The country (ISO3) of the most populous city of that name, or null. */
    public String countryOfCity(String name) {
        List<City> cities = gazetteer.cities(name);
        return cities.isEmpty() ? null : lexicon.countryByIso2(cities.get(0).iso2()).map(Country::iso3).orElse(null);
    }

    public Location resolve(Sentence sentence, Phrase phrase, String contextCountry) {
        if (phrase == null) {
            return null;
        }
        Mention mention = sentence.mentionAt(phrase.head());
        String name = mention != null ? mention.text() : sentence.token(phrase.head()).word();
        boolean cityLike = mention != null && !mention.type().equals("COUNTRY");
        Country country = cityLike ? null : countriesByName.get(name.toLowerCase(java.util.Locale.ROOT));
        if (country != null) {
            return new Location(country.name(), country.iso3(), country.lat(), country.lon());
        }
        List<City> cities = gazetteer.cities(name);
        if (cities.isEmpty()) {
            return null;
        }
        City best = cities.get(0);
        if (contextCountry != null) {
            for (City c : cities) {
                String iso3 = lexicon.countryByIso2(c.iso2()).map(Country::iso3).orElse(null);
                if (contextCountry.equals(iso3)) {
                    best = c;
                    break;
                }
            }
        }
        String iso3 = lexicon.countryByIso2(best.iso2()).map(Country::iso3).orElse(null);
        return new Location(best.name(), iso3, best.lat(), best.lon());
    }
}
