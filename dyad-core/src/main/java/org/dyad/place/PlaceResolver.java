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

    /**
     * The place a seat of power names: a city of that name in its country, else one of the country's
     * other names for the seat ("Washington" is "Washington, D.C." in the gazetteer), else null.
     */
    private Location seatPlace(String name, String iso3) {
        Country country = lexicon.country(iso3).orElse(null);
        if (country == null) {
            return null;
        }
        List<String> tried = new java.util.ArrayList<>(List.of(name));
        country.seats().forEach(tried::add);
        for (String n : tried) {
            for (City c : gazetteer.cities(n)) {
                if (country.iso2().equals(c.iso2())) {
                    return new Location(c.name(), iso3, c.lat(), c.lon());
                }
            }
        }
        return null;
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
        City inContext = contextCountry == null ? null : cities.stream()
                .filter(c -> contextCountry.equals(lexicon.countryByIso2(c.iso2()).map(Country::iso3).orElse(null)))
                .findFirst().orElse(null);
        // "in Washington" is the US capital, not the English town: a seat of power names its country,
        // unless the article is about a country with a city of that name ("London" in an Ontario story).
        String seat = inContext == null ? lexicon.seatOf(name) : null;
        Location seatPlace = seat == null ? null : seatPlace(name, seat);
        if (seatPlace != null) {
            return seatPlace;
        }
        if (cities.isEmpty()) {
            return null;
        }
        City best = inContext != null ? inContext : cities.get(0);
        String iso3 = lexicon.countryByIso2(best.iso2()).map(Country::iso3).orElse(null);
        return new Location(best.name(), iso3, best.lat(), best.lon());
    }
}
