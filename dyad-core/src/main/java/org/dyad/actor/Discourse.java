package org.dyad.actor;

import org.dyad.model.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * What an article has said so far about its actors: the last person, the last group, who was named
 * how, where it named each organisation, and which countries it is about. Pronouns ("his", "its"),
 * bare surnames of people coded from their titles, definite titles ("the strongman leader"),
 * descriptions of organisations ("the alliance") and bare agents ("the police") are resolved
 * against it. One instance per article, used by one thread, in sentence order.
 */
public final class Discourse {

    /** An organisation the article named, at tokens [start, end) of a sentence. */
    record NamedOrganisation(Actor organisation, int sentence, int start, int end) {
    }

    private final Map<String, Actor> peopleByName = new HashMap<>();
    private final List<NamedOrganisation> organisations = new ArrayList<>();
    /** Where a noun that describes organisations stood for something else ("a court in Moscow"), by the noun. */
    private final Map<String, List<int[]>> otherReferents = new HashMap<>();
    private final Map<String, Integer> countryMentions = new LinkedHashMap<>();
    /** Who a phrase stands for while one reading of it is coded ("both sides" read as each side in turn). */
    private final Map<Long, Actor> standIns = new HashMap<>();
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

    /** Makes the phrase headed at a token stand for an actor until {@link #clearStandIns()}. */
    public void standIn(int sentence, int token, Actor actor) {
        standIns.put(((long) sentence << 32) | token, actor);
    }

    public void clearStandIns() {
        standIns.clear();
    }

    Actor standIn(int sentence, int token) {
        return standIns.isEmpty() ? null : standIns.get(((long) sentence << 32) | token);
    }

    void rememberGroup(Actor group) {
        lastGroup = group;
    }

    /** Notes where the article names an organisation; naming the same place twice counts once. */
    void rememberOrganisation(Actor organisation, int sentence, int start, int end) {
        for (NamedOrganisation n : organisations) {
            if (n.sentence() == sentence && n.start() == start) {
                return;
            }
        }
        organisations.add(new NamedOrganisation(organisation, sentence, start, end));
    }

    /** Notes that a noun describing organisations stood, at a token, for something not named ("a court in Moscow"). */
    void rememberOtherReferent(String noun, int sentence, int token) {
        otherReferents.computeIfAbsent(noun, k -> new ArrayList<>()).add(new int[] {sentence, token});
    }

    /** Whether the noun stood for something else after an organisation was named and before a token. */
    boolean otherReferentBetween(String noun, NamedOrganisation named, int sentence, int token) {
        for (int[] at : otherReferents.getOrDefault(noun, List.of())) {
            boolean afterName = at[0] > named.sentence() || at[0] == named.sentence() && at[1] >= named.end();
            boolean beforeToken = at[0] < sentence || at[0] == sentence && at[1] < token;
            if (afterName && beforeToken) {
                return true;
            }
        }
        return false;
    }

    /** The organisations named before a token of a sentence, the nearest first. */
    List<NamedOrganisation> organisationsBefore(int sentence, int token) {
        List<NamedOrganisation> out = new ArrayList<>();
        for (NamedOrganisation n : organisations) {
            if (n.sentence() < sentence || n.sentence() == sentence && n.start() < token) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparingInt(NamedOrganisation::sentence).thenComparingInt(NamedOrganisation::start).reversed());
        return out;
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

    /** The countries the article has named most so far, most first, leaving out one (the source's). */
    public List<String> mostNamedCountries(int n, String except) {
        return countryMentions.entrySet().stream().filter(e -> !e.getKey().equals(except))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).map(Map.Entry::getKey).toList();
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
