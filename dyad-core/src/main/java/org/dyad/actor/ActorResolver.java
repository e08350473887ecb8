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
 * leader") refer back to the last fitting actor of the article, and descriptions of organisations
 * ("the alliance", "the court's") to the last organisation named that fits them. Regions of the
 * CAMEO codebook ("the West", "Gulf states", "European leaders") stand where a country would.
 */
public final class ActorResolver {


    private final ActorLexicon lexicon;
    private final Cues cues;
    private final Places places;
    private final Antecedents antecedents;
    private final ContextCountry context;
    private final DefiniteDescriptions descriptions;

    /**
     * How an agent whose country came from the article's context says so: the coder does not let
     * such an agent act on that country itself.
     */
    public static final String CONTEXT_COUNTRY = " in the country of the context, ";

    public ActorResolver(ActorLexicon lexicon, Cues cues) {
        this(lexicon, cues, name -> null);
    }

    /** With a gazetteer look-up from a city's name to its country (ISO3, or null), for places as targets. */
    public ActorResolver(ActorLexicon lexicon, Cues cues, Function<String, String> cityCountry) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.places = new Places(lexicon, cityCountry);
        this.antecedents = new Antecedents(lexicon, this);
        this.context = new ContextCountry(lexicon, cityCountry);
        this.descriptions = new DefiniteDescriptions(lexicon);
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");

    /** Places and works in a city: "Sanaa's airport" belongs to the country, not to what the capital stands for. */
    private static final Set<String> FACILITIES = Set.of("airport", "port", "harbour", "harbor", "suburb", "outskirts",
            "street", "district", "neighbourhood", "neighborhood", "centre", "center", "station", "plant", "bridge",
            "building", "hospital", "market", "square", "infrastructure", "facility", "residential");

    private static final Set<String> NAME_MODIFIERS = Set.of("compound", "amod", "det", "flat", "nmod:poss", "case");

    /**
     * Notes what a sentence says about actors before its events are coded: the countries it names
     * (so that later bare agents know what the article is about), the organisations it names and
     * where (so that "the alliance" later finds NATO), and every person it names with a
     * title ("President Mohamed Bazoum"), so that a later bare "Bazoum" is coded the same way even if
     * the first mention was in no event.
     */
    public void observe(Sentence sentence, LocalDate date, Discourse discourse) {
        for (ActorLexicon.NameMatch m : lexicon.names(sentence, 0, sentence.size())) {
            if (m.entry() instanceof NameEntry.CountryName c && c.kind() != NameEntry.CountryName.Kind.ADJECTIVE) {
                discourse.countCountry(c.country().iso3());
            } else if (m.entry() instanceof NameEntry.Organisation o) {
                discourse.rememberOrganisation(new Actor(new ActorCode(o.code(date)), o.name(), sentence.words(m.start(), m.end()),
                        "organisations: " + o.name()), sentence.index(), m.start(), m.end());
            }
        }
        descriptions.observe(sentence, discourse);
        for (var mention : sentence.mentions()) {
            if (mention.type().equals("PERSON")) {
                resolve(sentence, personPhrase(sentence, mention), date, discourse);
            }
        }
    }

    /** A person's name with the title around it ("Houthi deputy foreign minister Hussein al-Ezzi"). */
    Phrase personPhrase(Sentence sentence, org.dyad.model.Mention mention) {
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
        return new Phrase(top, start, end, sentence.words(start, end), "named");
    }

    public Resolution resolve(Sentence sentence, Phrase phrase, LocalDate date, Discourse discourse) {
        Resolution r = resolveOne(sentence, phrase, date, discourse);
        if (!r.resolved() || !lexicon.stacksAgents() || !ActorCode.isValid(r.actor().code().value())) {
            return r;
        }
        Phrase inner = unwrapQuantity(sentence, phrase);
        String code = r.actor().code().value();
        String stacked = code;
        for (ActorLexicon.AgentMatch m : lexicon.agents(sentence, inner.start(), inner.end())) {
            if (!PhraseParts.attached(sentence, m.end() - 1, inner.head(), true)) {
                continue;
            }
            String role = m.role();
            if (role.endsWith("~")) {
                String before = role.substring(0, role.length() - 1);
                stacked = stacked.startsWith(before) ? stacked : before + stacked;
                continue;
            }
            for (int i = 0; i + 3 <= role.length(); i += 3) {
                String block = role.substring(i, i + 3);
                if (!hasBlock(stacked, block)) {
                    stacked += block;
                }
            }
        }
        if (stacked.equals(code) || !ActorCode.isValid(stacked)) {
            return r;
        }
        return Resolution.of(new Actor(new ActorCode(stacked), r.actor().name(), r.actor().text(),
                r.actor().how() + " + every agent of the phrase"));
    }

    private static boolean hasBlock(String code, String block) {
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (code.startsWith(block, i)) {
                return true;
            }
        }
        return false;
    }

    private Resolution resolveOne(Sentence sentence, Phrase phrase, LocalDate date, Discourse discourse) {
        if (phrase == null) {
            return Resolution.none("no phrase");
        }
        Actor standIn = discourse.standIn(sentence.index(), phrase.head());
        if (standIn != null) {
            return Resolution.of(standIn);
        }
        Phrase inner = unwrapQuantity(sentence, phrase);
        Token head = sentence.token(inner.head());
        String headWord = head.word().toLowerCase(Locale.ROOT);
        if (BORDERS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            // "massed troops along its border with Kosovo": the border stands for the neighbour across it.
            for (Token with : sentence.children(head.index(), "nmod")) {
                if (sentence.caseOf(with.index()).equals("with")) {
                    Resolution across = resolveOne(sentence, new Phrase(with.index(), with.index(), with.index() + 1,
                            with.word(), "across the border"), date, discourse);
                    if (across.resolved()) {
                        Actor a = across.actor();
                        return Resolution.of(new Actor(a.code(), a.name(), sentence.words(inner.start(), inner.end()),
                                "across the border: " + a.how()));
                    }
                }
            }
        }
        if (head.isPronoun() && inner.end() - inner.start() == 1) {
            Actor near = antecedents.antecedentInSentence(sentence, inner.head(), Antecedents.kind(headWord), date, discourse);
            if (near != null) {
                return Resolution.of(new Actor(near.code(), near.name(), headWord, "pronoun for " + near.name() + " earlier in the sentence"));
            }
            return antecedents.pronoun(headWord, discourse);
        }
        // An apposition may say who someone is ("Ali Shamkhani, the secretary of Iran's council") but
        // not what they belong to ("Nabih Berri, a Hezbollah ally"): organisations must not come through it.
        List<ActorLexicon.NameMatch> names = lexicon.names(sentence, inner.start(), inner.end()).stream()
                .filter(m -> PhraseParts.attached(sentence, m.end() - 1, inner.head(), !(m.entry() instanceof NameEntry.Organisation)))
                .filter(m -> !(m.entry() instanceof NameEntry.CountryName && PhraseParts.ethnic(sentence, m)))
                .filter(m -> !PhraseParts.backer(sentence, m))
                .toList();
        int leader = sentence.leaderOf(inner.head());
        if (leader >= 0) {
            // "Hamas-led fighters" are Hamas's; "U.S.-led forces" are the US military.
            Resolution led = resolveOne(sentence, new Phrase(leader, leader, leader + 1, sentence.token(leader).word(), "leader"),
                    date, discourse);
            if (led.resolved()) {
                String role = PhraseParts.role(sentence, lexicon.agents(sentence, inner.head(), inner.head() + 1), inner.head());
                Actor a = led.actor();
                boolean bareCountry = a.country() != null && a.code().value().equals(a.country());
                return Resolution.of(bareCountry && role != null && !role.endsWith("~")
                        ? new Actor(new ActorCode(ActorLexicon.compose(a.country(), role)), a.name(), text(sentence, inner), "led by " + a.name() + " + agent " + role)
                        : new Actor(a.code(), a.name(), text(sentence, inner), "led by " + a.name() + "; " + a.how()));
            }
        }
        if (names.stream().anyMatch(m -> PhraseParts.covers(m, inner.head()))) {
            // "Mordor, the Shire, …", "Putin, the Kremlin leader": when the head is itself a name, it is
            // whom the phrase names; what stands in apposition renames it or lists another.
            names = names.stream().filter(m -> PhraseParts.covers(m, inner.head())
                    || !PhraseParts.throughApposition(sentence, m.end() - 1, inner.head())).toList();
        }
        List<ActorLexicon.AgentMatch> agents = lexicon.agents(sentence, inner.start(), inner.end()).stream()
                .filter(m -> PhraseParts.attached(sentence, m.end() - 1, inner.head(), true)).toList();
        String text = sentence.words(inner.start(), inner.end());

        NameEntry.Person person = null;
        ActorLexicon.NameMatch personMatch = null;
        NameEntry.Organisation org = null;
        ActorLexicon.NameMatch countryMatch = null;
        ActorLexicon.NameMatch regionMatch = null;
        for (ActorLexicon.NameMatch m : names) {
            if (m.entry() instanceof NameEntry.Person p && person == null) {
                person = pick(sentence.words(m.start(), m.end()), p, date);
                personMatch = m;
            } else if (m.entry() instanceof NameEntry.Organisation o && org == null) {
                org = o;
            } else if (m.entry() instanceof NameEntry.CountryName && (countryMatch == null || PhraseParts.covers(m, inner.head()))
                    && !(countryMatch != null && lexicon.stacksAgents() && possessor(sentence, countryMatch, inner))) {
                // PETRARCH reads the first actor of a phrase: "Ithilen's minister Calimehtar" is Ithilen's
                // even where the dictionary makes Calimehtar a name of Calenardhon.
                countryMatch = m;
            } else if (m.entry() instanceof NameEntry.Region && !PhraseParts.besideProperNoun(sentence, m)
                    && (regionMatch == null || PhraseParts.covers(m, inner.head()))) {
                regionMatch = m;
            }
        }
        if (person != null) {
            Actor actor = personActor(person, date, text);
            String written = sentence.words(personMatch.start(), personMatch.end());
            // "Edmundo Gonzalez" as written, then "Gonzalez": the surname the article uses, which for
            // "Edmundo González Urrutia" is not the last word of the lexicon's name.
            discourse.rememberPerson(actor, person.name(), written, PhraseParts.surname(person.name()),
                    written.contains(" ") ? PhraseParts.surname(written) : null);
            return Resolution.of(actor);
        }
        if (org != null) {
            ActorCode code = new ActorCode(org.code(date));
            String headRole = PhraseParts.role(sentence, agents, inner.head());
            if ("GOV".equals(code.role()) && code.country() != null && ("MIL".equals(headRole) || "REB".equals(headRole))
                    && agents.stream().anyMatch(a -> a.start() <= inner.head() && inner.head() < a.end())) {
                // "Taliban fighters" after 2021, "Afghan Taliban forces": a governing group's fighters are its military.
                code = new ActorCode(code.country() + "MIL");
            }
            Actor actor = new Actor(code, org.name(), text, "organisations: " + org.name()
                    + (org.later().isEmpty() ? "" : " on " + date) + (code.value().endsWith("MIL") ? " + its fighters" : ""));
            discourse.rememberGroup(actor);
            return Resolution.of(actor);
        }
        Actor described = descriptions.resolve(sentence, inner, discourse);
        if (described != null) {
            discourse.rememberGroup(described);
            return Resolution.of(described);
        }
        String role = PhraseParts.role(sentence, agents, inner.head());
        if (role == null && countryMatch != null && PhraseParts.covers(countryMatch, inner.head())) {
            // "the foreign ministers of Lithuania, Latvia and Estonia", read one country at a time.
            role = listRole(sentence, inner.head());
        }
        String personName = PhraseParts.unknownPersonName(sentence, inner);
        if (personName != null && countryMatch == null && role == null) {
            Actor known = discourse.person(personName);
            if (known == null) {
                known = discourse.person(PhraseParts.surname(personName));
            }
            if (known != null) {
                return Resolution.of(new Actor(known.code(), known.name(), text, "named earlier as " + known.name()));
            }
        }
        Actor region = regionMatch == null ? null : region(sentence, regionMatch, countryMatch, agents, inner, personName, text);
        if (region != null) {
            remember(region, personName, discourse);
            return Resolution.of(region);
        }
        if (countryMatch != null) {
            Country country = ((NameEntry.CountryName) countryMatch.entry()).country();
            NameEntry.CountryName.Kind kind = ((NameEntry.CountryName) countryMatch.entry()).kind();
            if (role != null) {
                Actor actor = new Actor(new ActorCode(ActorLexicon.compose(country.iso3(), role)), personName != null ? personName : text,
                        text, "country " + country.iso3() + " + title/agent " + role);
                remember(actor, personName, discourse);
                return Resolution.of(actor);
            }
            if (personName != null) {
                Actor actor = new Actor(new ActorCode(country.iso3()), personName, text, "country " + country.iso3() + " + unknown person");
                remember(actor, personName, discourse);
                return Resolution.of(actor);
            }
            boolean isHead = PhraseParts.covers(countryMatch, inner.head());
            Actor actor;
            boolean seatPossessor = kind == NameEntry.CountryName.Kind.SEAT
                    && sentence.token(countryMatch.end() - 1).relation().equals("nmod:poss")
                    && sentence.token(countryMatch.end() - 1).head() == inner.head();
            if (seatPossessor && FACILITIES.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                // "struck Sanaa's airport": a place in the capital is the country's.
                actor = new Actor(new ActorCode(country.iso3()), country.name(), text, "a place of " + country.iso3() + "'s capital");
            } else if (kind == NameEntry.CountryName.Kind.SEAT && (isHead || seatPossessor)) {
                // "Washington's sanctions", "Moscow's invasion": what a capital owns is its government's.
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
        if (role != null && head.pos().equals("NNS") && "party".equals(PhraseParts.agentWords(agents, inner.head()))) {
            // "urged all parties to stop the fighting": the parties to a conflict, not political parties.
            return Resolution.none("'" + text + "' are the parties to something, not political parties");
        }
        if (role != null) {
            String agentWords = PhraseParts.agentWords(agents, inner.head());
            if (personName == null && "GOV".equals(role) && PhraseParts.PERSON_TITLES.contains(agentWords)
                    && PhraseParts.isDefinite(sentence, inner) && discourse.lastPerson() != null
                    && "GOV".equals(discourse.lastPerson().role())) {
                Actor last = discourse.lastPerson();
                return Resolution.of(new Actor(last.code(), last.name(), text, "refers back to " + last.name()));
            }
            String country = antecedents.possessorCountry(sentence, inner, date, discourse);
            if (country == null) {
                country = sharedCountry(sentence, inner.head());
            }
            if (country == null && lexicon.stacksAgents()) {
                // PETRARCH does not guess an agent's country from the article: "a senior official" is ---GOV.
                country = context.ofPhrase(sentence, inner);
                String unplaced = "---" + role.substring(0, Math.min(3, role.length()));
                if (country == null && ActorCode.isCode(unplaced)) {
                    return Resolution.of(new Actor(new ActorCode(unplaced), personName != null ? personName : text, text,
                            "agent " + role + " of no named country (PETRARCH's " + unplaced + ")"));
                }
            }
            if (country == null) {
                country = context.of(sentence, inner, role, discourse);
            }
            if (country == null) {
                return Resolution.none("'" + text + "' has no country: the article names none");
            }
            Actor actor = new Actor(new ActorCode(ActorLexicon.compose(country, role)), personName != null ? personName : text, text,
                    "agent " + role + CONTEXT_COUNTRY + country);
            remember(actor, personName, discourse);
            return Resolution.of(actor);
        }
        Actor place = places.place(sentence, inner, head, text);
        if (place != null) {
            return Resolution.of(place);
        }
        return Resolution.none("'" + text + "' is not in the actor lexicon");
    }

    /** Whether a name is the possessor ("Ithilen's") of the phrase's head, directly or through a title. */
    private static boolean possessor(Sentence sentence, ActorLexicon.NameMatch match, Phrase inner) {
        Token last = sentence.token(match.end() - 1);
        return last.relation().equals("nmod:poss") && last.head() >= inner.start() && last.head() < inner.end()
                && PhraseParts.attached(sentence, match.end() - 1, inner.head(), true);
    }

    /** The role of the plural agent whose "of" list a country heads or is conjoined in, or null. */
    private String listRole(Sentence sentence, int country) {
        Token first = sentence.token(country);
        while (first.relation().equals("conj") && first.head() >= 0) {
            first = sentence.token(first.head());
        }
        if (sentence.children(first.index(), "conj").isEmpty() || !first.relation().equals("nmod")
                || !sentence.caseOf(first.index()).equals("of") || first.head() < 0) {
            return null;
        }
        Token owner = sentence.token(first.head());
        if (!owner.pos().equals("NNS") && !owner.pos().equals("NNPS")) {
            return null;
        }
        List<Integer> span = sentence.subtree(owner.index(), i -> i != owner.index() && !Set.of("amod", "compound")
                .contains(sentence.token(i).relation()));
        List<ActorLexicon.AgentMatch> agents = lexicon.agents(sentence, span.get(0), owner.index() + 1);
        return PhraseParts.role(sentence, agents, owner.index());
    }

    private static String text(Sentence sentence, Phrase inner) {
        return sentence.words(inner.start(), inner.end());
    }

    /**
     * A region of the CAMEO codebook as the actor: its name heading the phrase ("the West", "Kyiv's
     * Western allies", with an agent outside the name "Western countries' leaders" WSTGOV), or its
     * adjective with an agent ("European diplomats" EURGOV) where no country is named. Null when the
     * region is only a modifier ("Western sanctions") or a country heads the phrase.
     */
    private static Actor region(Sentence sentence, ActorLexicon.NameMatch match, ActorLexicon.NameMatch countryMatch,
                                List<ActorLexicon.AgentMatch> agents, Phrase inner, String personName, String text) {
        NameEntry.Region region = (NameEntry.Region) match.entry();
        boolean isHead = PhraseParts.covers(match, inner.head());
        if (countryMatch != null && (region.adjective() || !isHead)) {
            return null;
        }
        List<ActorLexicon.AgentMatch> outside = agents.stream()
                .filter(a -> a.end() <= match.start() || a.start() >= match.end()).toList();
        String role = PhraseParts.role(sentence, outside, inner.head());
        if (role != null && !role.endsWith("~")) {
            return new Actor(new ActorCode(region.code() + role), personName != null ? personName : text, text,
                    "region " + region.code() + " (" + region.name() + ") + agent " + role);
        }
        if (!region.adjective() && isHead) {
            return new Actor(new ActorCode(region.code()), region.name(), text, "region " + region.code() + " (" + region.name() + ")");
        }
        return null;
    }

    /**
     * "Danish media and government": a conjunct with no country of its own shares the one written
     * before the first conjunct, where UD hangs the modifiers of the whole coordination.
     */
    private String sharedCountry(Sentence sentence, int head) {
        Token h = sentence.token(head);
        if (!h.relation().equals("conj") || h.head() < 0 || !sentence.token(h.head()).isNoun()) {
            return null;
        }
        int first = h.head();
        for (Token modifier : sentence.children(first)) {
            if (modifier.index() > first || !Set.of("amod", "compound", "nmod:poss").contains(modifier.relation())) {
                continue;
            }
            List<Integer> span = sentence.subtree(modifier.index(), i -> false);
            for (ActorLexicon.NameMatch m : lexicon.names(sentence, span.get(0), span.get(span.size() - 1) + 1)) {
                if (m.entry() instanceof NameEntry.CountryName c) {
                    return c.country().iso3();
                }
            }
        }
        return null;
    }

    private static void remember(Actor actor, String personName, Discourse discourse) {
        if (personName != null) {
            // Both ends of the name: "Tsai Ing-wen" is later "Tsai", "Svetlana Tikhanovskaya" "Tikhanovskaya".
            discourse.rememberPerson(actor, personName, PhraseParts.surname(personName), PhraseParts.firstName(personName));
        } else {
            discourse.rememberGroup(actor);
        }
    }

    /** Of several people sharing a name, the one whose roles are nearest the date. */
    private NameEntry.Person pick(String words, NameEntry.Person first, LocalDate date) {
        List<NameEntry.Person> all = lexicon.people(words);
        if (all.size() <= 1 || date == null) {
            return first;
        }
        return all.stream().min(Comparator.comparingLong(p -> nearest(p, date).distance(date))).orElse(first);
    }

    /**
     * The role nearest the date; of several that hold on it, the one of the shortest term: a dated
     * role says more about that day than an open-ended one ("Sam Gamgee [HOB]" with "[HOBGOV 2012-2013]").
     */
    private static Role nearest(NameEntry.Person person, LocalDate date) {
        return person.roles().stream().min(Comparator.<Role>comparingLong(r -> r.distance(date))
                .thenComparingLong(ActorResolver::term)).orElseThrow();
    }

    private static long term(Role r) {
        if (r.from() == null && r.to() == null) {
            return Long.MAX_VALUE;
        }
        return r.from() == null || r.to() == null ? Long.MAX_VALUE / 2 : java.time.temporal.ChronoUnit.DAYS.between(r.from(), r.to());
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

    /** Whether a phrase names a place rather than an actor ("targets", "cities", "the town"). */
    public boolean isPlace(Sentence sentence, Phrase phrase) {
        return places.isPlace(sentence, phrase);
    }
}
