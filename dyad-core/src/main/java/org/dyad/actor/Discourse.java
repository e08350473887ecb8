package org.dyad.actor;

import org.dyad.model.Actor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an article has said so far about its actors: the last person, the last group, who was named
 * how, and which countries it is about. Pronouns ("his", "its"), bare surnames of people coded from
 * their titles, definite titles ("the strongman leader") and bare agents ("the police") are resolved
 * against it. One instance per article, used by one thread, in sentence order.
 */
public final class Discourse {

    private final Map<String, Actor> peopleByName = new HashMap<>();
    private final Map<String, Integer> countryMentions = new LinkedHashMap<>();
    private Actor lastPerson;
    private Actor lastGroup;
    private String lastCountry;

    void rememberPerson(Actor person, String... keys) {
        lastPerson = person;
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                peopleByName.put(Names.key(key), person);
            }
        }
    }

    void rememberGroup(Actor group) {
        lastGroup = group;
    }

    void countCountry(String iso3) {
        countryMentions.merge(iso3, 1, Integer::sum);
        lastCountry = iso3;
    }

    Actor person(String name) {
        return name == null ? null : peopleByName.get(Names.key(name));
    }

    Actor lastPerson() {
        return lastPerson;
    }

    Actor lastGroup() {
        return lastGroup;
    }

    /** The country the article is most about so far (most mentions, the latest on a tie), or null. */
    String dominantCountry() {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : countryMentions.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().equals(lastCountry))) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
