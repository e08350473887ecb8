package org.dyad.actor;

import org.dyad.lexicon.Cues;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves a phrase to a CAMEO actor as of the article's date.
 *
 * <p>Order of evidence, strongest first: a known person (coded by the role held on the date); a
 * known organisation; a nationality or country with a title or agent ("Belarusian opposition leader
 * Svetlana Tikhanovskaya" → BLROPP, "Russian paratroopers" → RUSMIL), which also codes people the
 * lexicon does not know; a country alone (its name → the country, its seat of power → its government,
 * its demonym as a head → its civilians); a bare agent ("the police"), whose country is the one the
 * sentence or, failing that, the article is about; pronouns and definite titles ("the strongman
 * leader") refer back to the last fitting actor of the article.
 */
public final class ActorResolver {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their", "theirs");
    private static final Set<String> PERSON_TITLES = Set.of("president", "leader", "prime minister", "premier",
            "chancellor", "king", "queen", "strongman", "emir", "sultan", "minister", "foreign minister",
            "ruler", "dictator", "head of state", "autocrat", "monarch");

    /** Places whose country stands for them as a target: "fired missiles at cities across Ukraine" → UKR. */
    private static final Set<String> PLACES = Set.of("city", "town", "village", "region", "area", "district",
            "province", "territory", "capital", "infrastructure", "facility", "site", "settlement", "neighbourhood",
            "neighborhood", "port", "airport", "border", "coast", "island", "base", "target", "front", "frontline");
    private static final Set<String> LOCATION_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

    private final ActorLexicon lexicon;
    private final Function<String, String> cityCountry;
    private final Cues cues;

    public ActorResolver(ActorLexicon lexicon, Cues cues) {
        this(lexicon, cues, name -> null);
    }

    /** With a gazetteer look-up from a city's name to its country (ISO3, or null), for places as targets. */
    public ActorResolver(ActorLexicon lexicon, Cues cues, Function<String, String> cityCountry) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.cityCountry = cityCountry;
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    private static final Set<String> NAME_MODIFIERS = Set.of("compound", "amod", "det", "flat", "nmod:poss", "case");

    /**
     * Notes what a sentence says about actors before its events are coded: the countries it names
     * (so that later bare agents know what the article is about), and every person it names with a
     * title ("President Mohamed Bazoum"), so that a later bare "Bazoum" is coded the same way even if
     * the first mention was in no event.
     */
    public void observe(Sentence sentence, LocalDate date, Discourse discourse) {
        for (ActorLexicon.NameMatch m : lexicon.names(sentence, 0, sentence.size())) {
            if (m.entry() instanceof NameEntry.CountryName c && c.kind() != NameEntry.CountryName.Kind.ADJECTIVE) {
                discourse.countCountry(c.country().iso3());
            }
        }
        for (var mention : sentence.mentions()) {
            if (!mention.type().equals("PERSON")) {
                continue;
            }
            int head = mention.end() - 1;
            if (sentence.token(head).relation().equals("appos") && sentence.token(head).head() >= 0) {
                // "Ukraine's ambassador to the UN, Sergiy Kyslytsya": the title is on the other side.
                head = sentence.token(head).head();
            }
            final int top = head;
            List<Integer> span = sentence.subtree(top, i -> !NAME_MODIFIERS.contains(sentence.token(i).relation())
                    && !sentence.token(i).relation().equals("appos"));
            int start = span.get(0);
            while (start < head && sentence.token(start).baseRelation().equals("case")) {
                start++;
            }
            int end = Math.max(span.get(span.size() - 1) + 1, mention.end());
            resolve(sentence, new Phrase(top, start, end, sentence.words(start, end), "named"), date, discourse);
        }
    }

    public Resolution resolve(Sentence sentence, Phrase phrase, LocalDate date, Discourse discourse) {
        if (phrase == null) {
            return Resolution.none("no phrase");
        }
        Phrase inner = unwrapQuantity(sentence, phrase);
        Token head = sentence.token(inner.head());
        String headWord = head.word().toLowerCase(Locale.ROOT);
        if (head.isPronoun() && inner.end() - inner.start() == 1) {
            Actor near = antecedentInSentence(sentence, inner.head(), kind(headWord), date, discourse);
            if (near != null) {
                return Resolution.of(new Actor(near.code(), near.name(), headWord, "pronoun for " + near.name() + " earlier in the sentence"));
            }
            return pronoun(headWord, discourse);
        }
        // An apposition may say who someone is ("Ali Shamkhani, the secretary of Iran's council") but
        // not what they belong to ("Nabih Berri, a Hezbollah ally"): organisations must not come through it.
        List<ActorLexicon.NameMatch> names = lexicon.names(sentence, inner.start(), inner.end()).stream()
                .filter(m -> attached(sentence, m.end() - 1, inner.head(), !(m.entry() instanceof NameEntry.Organisation)))
                .toList();
        List<ActorLexicon.AgentMatch> agents = lexicon.agents(sentence, inner.start(), inner.end()).stream()
                .filter(m -> attached(sentence, m.end() - 1, inner.head(), true)).toList();
        String text = sentence.words(inner.start(), inner.end());

        NameEntry.Person person = null;
        ActorLexicon.NameMatch personMatch = null;
        NameEntry.Organisation org = null;
        ActorLexicon.NameMatch countryMatch = null;
        for (ActorLexicon.NameMatch m : names) {
            if (m.entry() instanceof NameEntry.Person p && person == null) {
                person = pick(sentence.words(m.start(), m.end()), p, date);
                personMatch = m;
            } else if (m.entry() instanceof NameEntry.Organisation o && org == null) {
                org = o;
            } else if (m.entry() instanceof NameEntry.CountryName && (countryMatch == null || covers(m, inner.head()))) {
                countryMatch = m;
            }
        }
        if (person != null) {
            Actor actor = personActor(person, date, text);
            discourse.rememberPerson(actor, person.name(), sentence.words(personMatch.start(), personMatch.end()),
                    surname(person.name()));
            return Resolution.of(actor);
        }
        if (org != null) {
            Actor actor = new Actor(new ActorCode(org.code()), org.name(), text, "organisations: " + org.name());
            discourse.rememberGroup(actor);
            return Resolution.of(actor);
        }
        String role = role(agents, inner.head());
        String personName = unknownPersonName(sentence, inner);
        if (personName != null && countryMatch == null && role == null) {
            Actor known = discourse.person(personName);
            if (known == null) {
                known = discourse.person(surname(personName));
            }
            if (known != null) {
                return Resolution.of(new Actor(known.code(), known.name(), text, "named earlier as " + known.name()));
            }
        }
        if (countryMatch != null) {
            Country country = ((NameEntry.CountryName) countryMatch.entry()).country();
            NameEntry.CountryName.Kind kind = ((NameEntry.CountryName) countryMatch.entry()).kind();
            if (role != null) {
                Actor actor = new Actor(new ActorCode(country.iso3() + role), personName != null ? personName : text,
                        text, "country " + country.iso3() + " + title/agent " + role);
                remember(actor, personName, discourse);
                return Resolution.of(actor);
            }
            if (personName != null) {
                Actor actor = new Actor(new ActorCode(country.iso3()), personName, text, "country " + country.iso3() + " + unknown person");
                remember(actor, personName, discourse);
                return Resolution.of(actor);
            }
            boolean isHead = covers(countryMatch, inner.head());
            Actor actor;
            if (kind == NameEntry.CountryName.Kind.SEAT && isHead) {
                actor = new Actor(new ActorCode(country.iso3() + "GOV"), country.name(), text, "seat of power of " + country.iso3());
            } else if (kind == NameEntry.CountryName.Kind.ADJECTIVE && isHead && head.pos().endsWith("S")) {
                actor = new Actor(new ActorCode(country.iso3() + "CVL"), country.name(), text, "demonym of " + country.iso3());
            } else if (isHead || kind != NameEntry.CountryName.Kind.SEAT) {
                actor = new Actor(new ActorCode(country.iso3()), country.name(), text, "country " + country.iso3());
            } else {
                return Resolution.none("'" + text + "' is not an actor");
            }
            discourse.rememberGroup(actor);
            return Resolution.of(actor);
        }
        if (role != null) {
            String agentWords = agentWords(agents, inner.head());
            if (personName == null && "GOV".equals(role) && PERSON_TITLES.contains(agentWords)
                    && isDefinite(sentence, inner) && discourse.lastPerson() != null
                    && "GOV".equals(discourse.lastPerson().role())) {
                Actor last = discourse.lastPerson();
                return Resolution.of(new Actor(last.code(), last.name(), text, "refers back to " + last.name()));
            }
            String context = possessorCountry(sentence, inner, date, discourse);
            if (context == null) {
                context = contextCountry(sentence, inner, discourse);
            }
            if (context == null) {
                return Resolution.none("'" + text + "' has no country: the article names none");
            }
            Actor actor = new Actor(new ActorCode(context + role), personName != null ? personName : text, text,
                    "agent " + role + " in the country of the context, " + context);
            remember(actor, personName, discourse);
            return Resolution.of(actor);
        }
        Actor place = place(sentence, inner, head, text);
        if (place != null) {
            return Resolution.of(place);
        }
        return Resolution.none("'" + text + "' is not in the actor lexicon");
    }

    /** Whether a phrase names a place rather than an actor ("targets", "cities", "the town"). */
    public boolean isPlace(Sentence sentence, Phrase phrase) {
        return phrase != null && PLACES.contains(sentence.token(phrase.head()).lemma().toLowerCase(Locale.ROOT));
    }

    /** A place standing for its country: a city the gazetteer knows, or "cities across Ukraine". */
    private Actor place(Sentence sentence, Phrase phrase, Token head, String text) {
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

    private static void remember(Actor actor, String personName, Discourse discourse) {
        if (personName != null) {
            // Both ends of the name: "Tsai Ing-wen" is later "Tsai", "Svetlana Tikhanovskaya" "Tikhanovskaya".
            discourse.rememberPerson(actor, personName, surname(personName), firstName(personName));
        } else {
            discourse.rememberGroup(actor);
        }
    }

    private Resolution pronoun(String word, Discourse discourse) {
        if (PERSON_PRONOUNS.contains(word) && discourse.lastPerson() != null) {
            Actor last = discourse.lastPerson();
            return Resolution.of(new Actor(last.code(), last.name(), word, "pronoun for " + last.name()));
        }
        if (word.startsWith("the") && discourse.lastGroup() == null && discourse.lastPerson() != null) {
            Actor last = discourse.lastPerson();
            return Resolution.of(new Actor(last.code(), last.name(), word, "pronoun for " + last.name()));
        }
        if (GROUP_PRONOUNS.contains(word) && discourse.lastGroup() != null) {
            Actor last = discourse.lastGroup();
            return Resolution.of(new Actor(last.code(), last.name(), word, "pronoun for " + last.name()));
        }
        return Resolution.none("pronoun '" + word + "' with nothing to refer to");
    }

    /** Of several people sharing a name, the one whose roles are nearest the date. */
    private NameEntry.Person pick(String words, NameEntry.Person first, LocalDate date) {
        List<NameEntry.Person> all = lexicon.people(words);
        if (all.size() <= 1 || date == null) {
            return first;
        }
        return all.stream().min(Comparator.comparingLong(p -> nearest(p, date).distance(date))).orElse(first);
    }

    private static Role nearest(NameEntry.Person person, LocalDate date) {
        return person.roles().stream().min(Comparator.comparingLong(r -> r.distance(date))).orElseThrow();
    }

    static Actor personActor(NameEntry.Person person, LocalDate date, String text) {
        if (date == null) {
            Role latest = person.roles().stream()
                    .max(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from())).orElseThrow();
            return new Actor(latest.code(), person.name(), text,
                    "people: " + person.name() + ", " + latest.code() + " " + latest.range() + " (publication date unknown: latest role)");
        }
        Role role = nearest(person, date);
        if (role.holds(date)) {
            return new Actor(role.code(), person.name(), text,
                    "people: " + person.name() + ", " + role.code() + " " + role.range() + " on " + date);
        }
        String country = role.code().country();
        ActorCode code = country == null ? role.code() : new ActorCode(country + "ELI");
        return new Actor(code, person.name(), text,
                "people: " + person.name() + " held no listed role on " + date + "; nearest " + role.code() + " " + role.range());
    }

    private static String role(List<ActorLexicon.AgentMatch> agents, int head) {
        if (agents.isEmpty()) {
            return null;
        }
        // A group role (opposition, rebels, protesters) wins over a title that merely heads it:
        // "leader of the opposition" is OPP, not GOV.
        for (ActorLexicon.AgentMatch a : agents) {
            if (!a.role().equals("GOV") && (a.start() <= head && head < a.end() || agents.size() > 1)) {
                return a.role();
            }
        }
        for (ActorLexicon.AgentMatch a : agents) {
            if (a.start() <= head && head < a.end()) {
                return a.role();
            }
        }
        return agents.get(agents.size() - 1).role();
    }

    private static String agentWords(List<ActorLexicon.AgentMatch> agents, int head) {
        for (ActorLexicon.AgentMatch a : agents) {
            if (a.start() <= head && head < a.end()) {
                return a.words();
            }
        }
        return agents.get(agents.size() - 1).words();
    }

    private static boolean covers(ActorLexicon.NameMatch m, int token) {
        return m.start() <= token && token < m.end();
    }

    private static boolean isDefinite(Sentence sentence, Phrase phrase) {
        Token first = sentence.token(phrase.start());
        return first.lemma().equalsIgnoreCase("the") || first.lemma().equalsIgnoreCase("this");
    }

    /**
     * The actor a pronoun refers to when the same sentence names one before it: "Russia is sending
     * its paratroopers to Belarus" → Russia, whatever the article named last. People for he/his/she,
     * countries and organisations for it/its/they.
     */
    private Actor antecedentInSentence(Sentence sentence, int pronoun, Boolean person, LocalDate date, Discourse discourse) {
        Actor found = null;
        for (ActorLexicon.NameMatch m : lexicon.names(sentence, 0, pronoun)) {
            boolean group = m.entry() instanceof NameEntry.Organisation
                    || m.entry() instanceof NameEntry.CountryName c && c.kind() != NameEntry.CountryName.Kind.ADJECTIVE;
            boolean fits = person == Boolean.TRUE ? m.entry() instanceof NameEntry.Person
                    : person == Boolean.FALSE ? group : group || m.entry() instanceof NameEntry.Person;
            if (fits) {
                int head = m.end() - 1;
                Resolution r = resolve(sentence, new Phrase(head, m.start(), m.end(), sentence.words(m.start(), m.end()), "antecedent"),
                        date, discourse);
                if (r.resolved()) {
                    found = r.actor();
                }
            }
        }
        return found;
    }

    /** Whom a pronoun can stand for: people (he, his), groups (it, its), or either (they, their). */
    private static Boolean kind(String pronoun) {
        if (PERSON_PRONOUNS.contains(pronoun)) {
            return Boolean.TRUE;
        }
        return pronoun.startsWith("the") ? null : Boolean.FALSE;
    }

    /** The country of a possessive pronoun on the head ("its paratroopers" after "Russia"), or null. */
    private String possessorCountry(Sentence sentence, Phrase phrase, LocalDate date, Discourse discourse) {
        for (Token child : sentence.children(phrase.head(), "nmod:poss")) {
            if (child.isPronoun()) {
                String word = child.word().toLowerCase(Locale.ROOT);
                Actor near = antecedentInSentence(sentence, child.index(), kind(word), date, discourse);
                if (near != null && near.country() != null) {
                    return near.country();
                }
                Actor referent = PERSON_PRONOUNS.contains(word) ? discourse.lastPerson() : discourse.lastGroup();
                if (referent != null && referent.country() != null) {
                    return referent.country();
                }
            }
        }
        return null;
    }

    /**
     * Whether a token belongs to the actor the head names, not to a phrase beside it: "Ukraine's
     * ambassador to the United Nations" names a Ukrainian, not the UN. Possessors, compounds,
     * adjectives, appositions and "of" phrases belong; other prepositional phrases and clauses do not.
     */
    static boolean attached(Sentence sentence, int token, int head, boolean throughApposition) {
        int t = token;
        for (int depth = 0; t != head && t >= 0 && depth < 12; depth++) {
            Token tok = sentence.token(t);
            String rel = tok.relation();
            if (rel.equals("appos") && t != token && !throughApposition) {
                // The name in apposition counts, not what describes it: "Nabih Berri, a Hezbollah ally".
                return false;
            }
            if (rel.startsWith("acl") || rel.equals("advcl") || rel.equals("ccomp") || rel.equals("conj")
                    || rel.equals("parataxis") || rel.startsWith("obl")) {
                return false;
            }
            if (rel.equals("nmod")) {
                String prep = sentence.children(t, "case").stream().map(c -> c.word().toLowerCase(Locale.ROOT))
                        .findFirst().orElse("");
                if (!prep.equals("of") && !prep.isEmpty()) {
                    return false;
                }
            }
            t = tok.head();
        }
        return t == head;
    }

    /**
     * The name of a person the NER found at the phrase's head or in apposition to it ("Ukraine's
     * ambassador, Sergiy Kyslytsya"), when the lexicon does not know it.
     */
    private static String unknownPersonName(Sentence sentence, Phrase phrase) {
        for (var m : sentence.mentions()) {
            if (m.type().equals("PERSON") && m.covers(phrase.head())) {
                return m.text();
            }
        }
        for (Token appos : sentence.children(phrase.head(), "appos")) {
            for (var m : sentence.mentions()) {
                if (m.type().equals("PERSON") && m.covers(appos.index())) {
                    return m.text();
                }
            }
        }
        return null;
    }

    private static String firstName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts.length > 1 && parts[0].length() > 2 ? parts[0] : null;
    }

    private static String surname(String name) {
        if (name == null) {
            return null;
        }
        String[] parts = name.strip().split("\\s+");
        return parts.length > 1 ? parts[parts.length - 1] : null;
    }

    /**
     * The country a bare agent belongs to: one named in the agent's own modifiers ("police in
     * Minsk"), else the country the article has named most so far, else one the sentence names.
     * A capital in a neighbouring locative ("a summit in the Nigerian capital Abuja") does not make
     * the junta of an article about Niger Nigerian.
     */
    private String contextCountry(Sentence sentence, Phrase phrase, Discourse discourse) {
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

    /** "Thousands of demonstrators" → "demonstrators"; "members of parliament" → "parliament". */
    private Phrase unwrapQuantity(Sentence sentence, Phrase phrase) {
        Token head = sentence.token(phrase.head());
        boolean quantity = head.pos().equals("CD") || cues.is(Cues.Kind.MEASURE, head.lemma());
        if (!quantity) {
            return phrase;
        }
        for (Token child : sentence.children(head.index(), "nmod")) {
            boolean of = sentence.children(child.index(), "case").stream().anyMatch(c -> c.lemma().equals("of"));
            if (of) {
                List<Integer> span = sentence.subtree(child.index(), i -> false);
                int start = span.get(0);
                while (start < child.index() && sentence.token(start).baseRelation().equals("case")) {
                    start++;
                }
                int end = span.get(span.size() - 1) + 1;
                return new Phrase(child.index(), start, end, sentence.words(start, end), phrase.how());
            }
        }
        return phrase;
    }
}
