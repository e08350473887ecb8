package org.dyad.actor;

import org.dyad.model.Actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an article has said so far about its actors: the last person, the last group, who was named
 * how, where it named each organisation, and which countries it is about. Pronouns ("his", "its"),
 * bare surnames of people coded from their titles, definite titles ("the strongman leader"),
 * descriptions of organisations ("the alliance") and bare agents ("the police") are resolved
 * against it. One instance per article, used by one thread, in sentence order.
 */
public final class Discourse {

    /** An organisation named at a token of a sentence. */
    private record Named(Actor organisation, int sentence, int token) {
    }

    private final Map<String, Actor> peopleByName = new HashMap<>();
    private final List<Named> organisations = new ArrayList<>();
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

    /** Notes where the article names an organisation; naming the same place twice counts once. */
    void rememberOrganisation(Actor organisation, int sentence, int token) {
        for (Named n : organisations) {
            if (n.sentence() == sentence && n.token() == token) {
                return;
            }
        }
        organisations.add(new Named(organisation, sentence, token));
    }

    /** The organisation named last before a token of a sentence whose code passes {@code fits}, or null. */
    Actor organisationBefore(int sentence, int token, Predicate<String> fits) {
        Named best = null;
        for (Named n : organisations) {
            boolean before = n.sentence() < sentence || n.sentence() == sentence && n.token() < token;
            boolean later = best == null || n.sentence() > best.sentence()
                    || n.sentence() == best.sentence() && n.token() > best.token();
            if (before && later && fits.test(n.organisation().code().value())) {
                best = n;
            }
        }
        return best == null ? null : best.organisation();
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
